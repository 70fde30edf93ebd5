package app.brigade.devices.testing;

import app.brigade.devices.receipt.Adjustment;
import app.brigade.devices.receipt.AmountFormat;
import app.brigade.devices.receipt.CustomerReceipt;
import app.brigade.devices.receipt.KitchenChit;
import app.brigade.devices.receipt.LayoutStyle;
import app.brigade.devices.receipt.ReceiptItem;
import app.brigade.devices.receipt.ReceiptItem.ReceiptModifier;
import app.brigade.devices.receipt.StoreHeader;
import app.brigade.devices.receipt.TaxLine;
import app.brigade.devices.receipt.Tender;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Receipts and chits used across tests: euro amounts and accented names on purpose. */
public final class Samples {

    public static final LayoutStyle EURO = LayoutStyle.of(AmountFormat.of("EUR", Locale.UK));
    public static final StoreHeader STORE = new StoreHeader("Café Brigade", List.of("12 Rue de la Paix", "75002 Paris"),
            "FR12345678901");

    private Samples() {
    }

    /** A cash-and-card receipt with modifiers, a discount, two tax rates and change. */
    public static CustomerReceipt receipt() {
        return new CustomerReceipt(STORE, "A-042", "018f3c2a-7b1e-7000-8000-000000000042",
                LocalDateTime.of(2025, 1, 31, 19, 42), "Zoë", "Table 12",
                List.of(
                        new ReceiptItem(2, "Crème brûlée", 1400, List.of(), ""),
                        new ReceiptItem(1, "Entrecôte grillée", 2450,
                                List.of(new ReceiptModifier("Sauce béarnaise", 250), new ReceiptModifier("Saignant", 0)),
                                "allergie: noix"),
                        new ReceiptItem(1, "Eau pétillante", 450, List.of(), "")),
                List.of(new Adjustment("Happy hour -10%", -455)),
                4550,
                List.of(new TaxLine("TVA", 1000, 3277, 327, true), new TaxLine("TVA", 2000, 818, 136, true)),
                4095,
                List.of(new Tender.Cash(2000), new Tender.Card("Visa", "4242", "A1B2C3", 2500, 0)),
                405,
                List.of("Merci et à bientôt !", "Prix en €, TVA incluse"));
    }

    /** A receipt with {@code lines} item lines, for the benchmark. */
    public static CustomerReceipt receiptWithLines(int lines) {
        List<ReceiptItem> items = new ArrayList<>();
        long total = 0;
        for (int i = 1; i <= lines; i++) {
            long amount = 350L + i * 25L;
            total += amount;
            items.add(new ReceiptItem(1 + i % 3, "Plat du jour n°" + i, amount, List.of(), ""));
        }
        return new CustomerReceipt(STORE, "B-" + lines, "018f3c2a-7b1e-7000-8000-0000000000" + lines,
                LocalDateTime.of(2025, 1, 31, 20, 0), "Zoë", "7", items, List.of(), total,
                List.of(new TaxLine("TVA", 1000, total * 10 / 11, total / 11, true)), total,
                List.of(new Tender.Cash(total)), 0, List.of("Merci !"));
    }

    /** A grill chit with modifiers, a note and a seat. */
    public static KitchenChit grillChit() {
        return new KitchenChit("Grill", "A-042", "Table 12", "Zoë", LocalDateTime.of(2025, 1, 31, 19, 30),
                List.of(new KitchenChit.ChitItem(1, "Entrecôte", List.of("Saignant", "Sauce béarnaise"),
                                "allergie: noix", 2),
                        new KitchenChit.ChitItem(2, "Burger", List.of("Sans oignon"), "", 0)),
                "Table pressée");
    }
}

package app.brigade.devices.receipt;

import app.brigade.devices.escpos.Align;

/** Lays out a customer receipt: header, lines with modifiers, discounts, taxes, totals, tenders, footer, QR. */
public final class CustomerReceiptLayout {

    private final LayoutStyle style;

    /** A layout using the given amount and date formats. */
    public CustomerReceiptLayout(LayoutStyle style) {
        this.style = style;
    }

    /** The receipt as a document ending with a cut. */
    public ReceiptDocument layout(CustomerReceipt receipt) {
        AmountFormat money = style.amounts();
        ReceiptDocument.Builder doc = ReceiptDocument.builder();
        StoreHeaderBlock.add(doc, receipt.store());
        doc.rule();
        doc.big(receipt.orderNumber(), Align.CENTER);
        String place = joinNonBlank(receipt.table(),
                receipt.server().isBlank() ? "" : "Server " + receipt.server());
        if (!place.isEmpty()) {
            doc.text(place, Align.CENTER);
        }
        doc.text(style.dateTime().format(receipt.closedAt()), Align.CENTER);
        doc.rule();
        for (ReceiptItem item : receipt.items()) {
            doc.columns(item.quantity() + " x " + item.name(), money.plain(item.amountMinor()));
            for (ReceiptItem.ReceiptModifier modifier : item.modifiers()) {
                if (modifier.amountMinor() == 0) {
                    doc.text("  + " + modifier.name());
                } else {
                    doc.columns("  + " + modifier.name(), money.plain(modifier.amountMinor()));
                }
            }
            if (!item.note().isBlank()) {
                doc.text("  Note: " + item.note());
            }
        }
        doc.rule();
        doc.columns("Subtotal", money.plain(receipt.subtotalMinor()));
        for (Adjustment discount : receipt.discounts()) {
            doc.columns(discount.label(), money.plain(discount.amountMinor()));
        }
        for (TaxLine tax : receipt.taxes()) {
            String label = (tax.included() ? "incl. " : "") + tax.label() + " " + AmountFormat.rate(tax.rateBasisPoints())
                    + " of " + money.plain(tax.taxableMinor());
            doc.columns(label, money.plain(tax.taxMinor()));
        }
        doc.totalColumns("TOTAL", money.withSymbol(receipt.totalMinor()));
        doc.rule();
        for (Tender tender : receipt.tenders()) {
            addTender(doc, tender, money);
        }
        if (receipt.changeMinor() > 0) {
            doc.columns("Change", money.plain(receipt.changeMinor()));
        }
        doc.rule();
        receipt.footer().forEach(line -> doc.text(line, Align.CENTER));
        doc.qr(receipt.orderId());
        doc.feed(style.feedBeforeCut()).cut(style.cut());
        return doc.build();
    }

    private static void addTender(ReceiptDocument.Builder doc, Tender tender, AmountFormat money) {
        switch (tender) {
            case Tender.Cash cash -> doc.columns("Cash", money.plain(cash.amountMinor()));
            case Tender.Card card -> {
                doc.columns(card.brand() + " ****" + card.last4(), money.plain(card.amountMinor()));
                if (!card.authCode().isEmpty()) {
                    doc.text("  Auth " + card.authCode());
                }
                if (card.tipMinor() != 0) {
                    doc.columns("  Tip", money.plain(card.tipMinor()));
                }
            }
            case Tender.Other other -> doc.columns(other.label(), money.plain(other.amountMinor()));
        }
    }

    static String joinNonBlank(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (!part.isBlank()) {
                joined.append(joined.isEmpty() ? "" : " - ").append(part);
            }
        }
        return joined.toString();
    }
}

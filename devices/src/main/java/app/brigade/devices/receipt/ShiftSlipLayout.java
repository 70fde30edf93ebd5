package app.brigade.devices.receipt;

import app.brigade.devices.escpos.Align;

/** Lays out an X or Z slip: sales summary, tax by rate, tenders and the cash drawer balance. */
public final class ShiftSlipLayout {

    private final LayoutStyle style;

    /** A layout using the given amount and date formats. */
    public ShiftSlipLayout(LayoutStyle style) {
        this.style = style;
    }

    /** The slip as a document ending with a cut. */
    public ReceiptDocument layout(ShiftSlip slip) {
        AmountFormat money = style.amounts();
        ReceiptDocument.Builder doc = ReceiptDocument.builder();
        StoreHeaderBlock.add(doc, slip.store());
        doc.rule();
        doc.big(slip.kind().title(), Align.CENTER);
        doc.text(slip.periodLabel(), Align.CENTER);
        doc.columns("Terminal", slip.terminal());
        doc.columns("From", style.dateTime().format(slip.from()));
        doc.columns("To", style.dateTime().format(slip.to()));
        if (!slip.printedBy().isBlank()) {
            doc.columns("Printed by", slip.printedBy());
        }
        doc.rule();
        doc.columns("Orders", Integer.toString(slip.orderCount()));
        doc.columns("Gross sales", money.plain(slip.grossMinor()));
        doc.columns("Discounts", money.plain(-Math.abs(slip.discountsMinor())));
        doc.columns("Voids", money.plain(-Math.abs(slip.voidsMinor())));
        doc.columns("Refunds", money.plain(-Math.abs(slip.refundsMinor())));
        doc.totalColumns("NET SALES", money.withSymbol(slip.netMinor()));
        doc.rule();
        doc.bold("Tax by rate", Align.LEFT);
        for (TaxLine tax : slip.taxes()) {
            doc.columns(tax.label() + " " + AmountFormat.rate(tax.rateBasisPoints()) + " of "
                    + money.plain(tax.taxableMinor()), money.plain(tax.taxMinor()));
        }
        doc.rule();
        doc.bold("Tenders", Align.LEFT);
        for (ShiftSlip.TenderTotal tender : slip.tenders()) {
            doc.columns(tender.label() + " (" + tender.count() + ")", money.plain(tender.amountMinor()));
        }
        doc.columns("Tips", money.plain(slip.tipsMinor()));
        doc.rule();
        doc.bold("Cash drawer", Align.LEFT);
        doc.columns("Expected", money.plain(slip.cashExpectedMinor()));
        if (slip.cashCountedMinor() != null) {
            long counted = slip.cashCountedMinor();
            doc.columns("Counted", money.plain(counted));
            doc.columns("Over/short", money.plain(counted - slip.cashExpectedMinor()));
        } else {
            doc.columns("Counted", "not counted");
        }
        doc.rule();
        if (slip.kind() == ShiftSlip.Kind.Z) {
            doc.bold("Day closed", Align.CENTER);
        }
        doc.feed(style.feedBeforeCut()).cut(style.cut());
        return doc.build();
    }
}

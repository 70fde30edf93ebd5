package app.brigade.devices.receipt;

import app.brigade.devices.escpos.Align;
import app.brigade.devices.receipt.KitchenChit.ChitItem;

/** Lays out a kitchen chit: station and order number big, items big and left, no prices. */
public final class KitchenChitLayout {

    private final LayoutStyle style;

    /** A layout using the given date format and cut settings. */
    public KitchenChitLayout(LayoutStyle style) {
        this.style = style;
    }

    /** The chit as a document ending with a cut. */
    public ReceiptDocument layout(KitchenChit chit) {
        ReceiptDocument.Builder doc = ReceiptDocument.builder();
        doc.big(chit.station().toUpperCase(java.util.Locale.ROOT), Align.CENTER);
        doc.big(chit.orderNumber(), Align.CENTER);
        String place = CustomerReceiptLayout.joinNonBlank(chit.table(),
                chit.server());
        if (!place.isEmpty()) {
            doc.bold(place, Align.CENTER);
        }
        doc.text("Fired " + style.dateTime().format(chit.firedAt()), Align.CENTER);
        doc.rule('=');
        for (ChitItem item : chit.items()) {
            doc.big(item.quantity() + " x " + item.name(), Align.LEFT);
            for (String modifier : item.modifiers()) {
                doc.add(new Block.Text("  + " + modifier, Align.LEFT, true, 1, 2));
            }
            if (!item.note().isBlank()) {
                doc.add(new Block.Text("  ! " + item.note(), Align.LEFT, true, 1, 2));
            }
            if (item.seat() > 0) {
                doc.text("  Seat " + item.seat());
            }
        }
        doc.rule('=');
        if (!chit.orderNote().isBlank()) {
            doc.add(new Block.Text(chit.orderNote(), Align.LEFT, true, 1, 2));
        }
        doc.feed(style.feedBeforeCut()).cut(style.cut());
        return doc.build();
    }
}

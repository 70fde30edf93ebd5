package app.brigade.devices.receipt;

import app.brigade.devices.escpos.Align;

/** Adds the centered store name, address and tax id used at the top of receipts and slips. */
final class StoreHeaderBlock {

    private StoreHeaderBlock() {
    }

    static void add(ReceiptDocument.Builder doc, StoreHeader store) {
        doc.big(store.name(), Align.CENTER);
        store.addressLines().forEach(line -> doc.text(line, Align.CENTER));
        if (store.taxId() != null && !store.taxId().isBlank()) {
            doc.text("Tax ID " + store.taxId(), Align.CENTER);
        }
    }
}

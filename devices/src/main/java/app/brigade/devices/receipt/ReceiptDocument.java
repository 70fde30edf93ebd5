package app.brigade.devices.receipt;

import app.brigade.devices.escpos.Align;
import app.brigade.devices.escpos.BarcodeType;
import app.brigade.devices.escpos.CutMode;
import app.brigade.devices.escpos.DrawerPin;
import java.util.ArrayList;
import java.util.List;

/** A printable document as a list of layout blocks; encoded for a concrete printer only when sent. */
public record ReceiptDocument(List<Block> blocks) {

    public ReceiptDocument {
        blocks = List.copyOf(blocks);
    }

    /** Starts an empty document. */
    public static Builder builder() {
        return new Builder();
    }

    /** The same document with blocks placed before the existing ones. */
    public ReceiptDocument withPrefix(List<Block> prefix) {
        List<Block> all = new ArrayList<>(prefix);
        all.addAll(blocks);
        return new ReceiptDocument(all);
    }

    /** The banner above a document that may be a second copy of something already printed. */
    public static final String REPRINT_MARK = "*** REPRINT ***";

    /** The banner block that marks a copy: bold and centred above the header. */
    public static Block reprintBanner() {
        return new Block.Text(REPRINT_MARK, Align.CENTER, true, 1, 1);
    }

    /** Whether anything would appear on paper (a drawer-only document prints nothing). */
    public boolean printsSomething() {
        return blocks.stream().anyMatch(b -> !(b instanceof Block.DrawerPulse));
    }

    /** Fluent builder for documents. */
    public static final class Builder {
        private final List<Block> blocks = new ArrayList<>();

        private Builder() {
        }

        /** Left-aligned normal text. */
        public Builder text(String text) {
            return add(new Block.Text(text, Align.LEFT, false, 1, 1));
        }

        /** Normal-size text with an alignment. */
        public Builder text(String text, Align align) {
            return add(new Block.Text(text, align, false, 1, 1));
        }

        /** Bold text with an alignment. */
        public Builder bold(String text, Align align) {
            return add(new Block.Text(text, align, true, 1, 1));
        }

        /** Bold double width and height text. */
        public Builder big(String text, Align align) {
            return add(new Block.Text(text, align, true, 2, 2));
        }

        /** "Item … price". */
        public Builder columns(String left, String right) {
            return add(new Block.Columns(left, right, false, 1));
        }

        /** Bold, double-height "label … amount" (totals). */
        public Builder totalColumns(String left, String right) {
            return add(new Block.Columns(left, right, true, 2));
        }

        /** A rule of dashes. */
        public Builder rule() {
            return add(new Block.Rule('-'));
        }

        /** A rule of the given character. */
        public Builder rule(char character) {
            return add(new Block.Rule(character));
        }

        /** A QR code of module size 6. */
        public Builder qr(String data) {
            return add(new Block.Qr(data, 6));
        }

        /** A barcode. */
        public Builder barcode(BarcodeType type, String data) {
            return add(new Block.Barcode(type, data));
        }

        /** Blank lines. */
        public Builder feed(int lines) {
            return add(new Block.Feed(lines));
        }

        /** Paper cut. */
        public Builder cut(CutMode mode) {
            return add(new Block.Cut(mode));
        }

        /** Drawer kick. */
        public Builder drawerPulse(DrawerPin pin, int onMillis, int offMillis) {
            return add(new Block.DrawerPulse(pin, onMillis, offMillis));
        }

        /** Any block. */
        public Builder add(Block block) {
            blocks.add(block);
            return this;
        }

        /** The finished document. */
        public ReceiptDocument build() {
            return new ReceiptDocument(blocks);
        }
    }
}

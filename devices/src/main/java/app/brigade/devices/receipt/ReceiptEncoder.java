package app.brigade.devices.receipt;

import app.brigade.devices.escpos.Align;
import app.brigade.devices.escpos.CodePage;
import app.brigade.devices.escpos.EscPosEncoder;
import app.brigade.devices.escpos.QrErrorCorrection;

/** Turns a {@link ReceiptDocument} into ESC/POS bytes for one printer's width and code page. */
public final class ReceiptEncoder {

    private static final int BARCODE_HEIGHT_DOTS = 80;

    private final int columns;
    private final CodePage codePage;

    /** An encoder for printers with {@code columns} characters per line and the given code page. */
    public ReceiptEncoder(int columns, CodePage codePage) {
        this.columns = columns;
        this.codePage = codePage;
    }

    /** The document's bytes, starting with printer init and code page selection. */
    public byte[] encode(ReceiptDocument document) {
        EscPosEncoder e = EscPosEncoder.forPrinter(columns, codePage).init();
        for (Block block : document.blocks()) {
            switch (block) {
                case Block.Text t -> e.align(t.align()).bold(t.bold()).size(t.widthMul(), t.heightMul())
                        .line(t.text()).bold(false).size(1, 1).align(Align.LEFT);
                case Block.Columns c -> e.bold(c.bold()).size(1, c.heightMul())
                        .columns(c.left(), c.right()).bold(false).size(1, 1);
                case Block.Rule r -> e.rule(r.character());
                case Block.Qr q -> e.align(Align.CENTER).qr(q.data(), q.moduleSize(), QrErrorCorrection.M)
                        .align(Align.LEFT);
                case Block.Barcode b -> e.align(Align.CENTER).barcode(b.type(), b.data(), BARCODE_HEIGHT_DOTS)
                        .align(Align.LEFT);
                case Block.Feed f -> e.feed(f.lines());
                case Block.Cut c -> e.cut(c.mode());
                case Block.DrawerPulse p -> e.drawerPulse(p.pin(), p.onMillis(), p.offMillis());
            }
        }
        return e.toBytes();
    }
}

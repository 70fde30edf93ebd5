package app.brigade.devices.receipt;

import app.brigade.devices.escpos.Align;
import app.brigade.devices.escpos.TextWrapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a document as the plain text a printer of a given width would show, one string per cut
 * receipt: the preview for screens and the expected text in tests against the emulated printer.
 *
 * <p>Conventions shared with the emulator: a line is padded with spaces by its alignment (a
 * double-width character takes two columns but is written once), trailing spaces and blank lines
 * before the cut are dropped, a QR code shows as {@code [QR: data]} and a barcode as
 * {@code [BARCODE TYPE: data]}.
 */
public final class ReceiptTextRenderer {

    private final int columns;

    /** A renderer for printers with {@code columns} characters per line. */
    public ReceiptTextRenderer(int columns) {
        this.columns = columns;
    }

    /** The text of each receipt ended by a cut; text after the last cut forms a final receipt. */
    public List<String> render(ReceiptDocument document) {
        List<String> receipts = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Block block : document.blocks()) {
            switch (block) {
                case Block.Text t -> TextWrapper.wrap(t.text(), columns / t.widthMul())
                        .forEach(l -> lines.add(aligned(l, t.align(), t.widthMul())));
                case Block.Columns c -> lines.addAll(TextWrapper.twoColumns(c.left(), c.right(), columns));
                case Block.Rule r -> lines.add(TextWrapper.rule(r.character(), columns));
                case Block.Qr q -> lines.add(aligned(qrPlaceholder(q.data()), Align.CENTER, 1));
                case Block.Barcode b -> lines.add(aligned(barcodePlaceholder(b.type().name(), b.data()), Align.CENTER, 1));
                case Block.Feed f -> {
                    for (int i = 0; i < f.lines(); i++) {
                        lines.add("");
                    }
                }
                case Block.Cut c -> {
                    receipts.add(join(lines));
                    lines.clear();
                }
                case Block.DrawerPulse p -> {
                    // Nothing on paper.
                }
            }
        }
        if (lines.stream().anyMatch(l -> !l.isBlank())) {
            receipts.add(join(lines));
        }
        return receipts;
    }

    /** The placeholder a QR code leaves in text output. */
    public static String qrPlaceholder(String data) {
        return "[QR: " + data + "]";
    }

    /** The placeholder a barcode leaves in text output. */
    public static String barcodePlaceholder(String type, String data) {
        return "[BARCODE " + type + ": " + data + "]";
    }

    private String aligned(String text, Align align, int widthMul) {
        int pad = Math.max(0, columns - text.length() * widthMul);
        int lead = switch (align) {
            case LEFT -> 0;
            case CENTER -> pad / 2;
            case RIGHT -> pad;
        };
        return " ".repeat(lead) + text;
    }

    private static String join(List<String> lines) {
        List<String> trimmed = new ArrayList<>(lines.stream().map(ReceiptTextRenderer::stripTrailing).toList());
        while (!trimmed.isEmpty() && trimmed.getLast().isEmpty()) {
            trimmed.removeLast();
        }
        return String.join("\n", trimmed);
    }

    private static String stripTrailing(String line) {
        return line.stripTrailing();
    }
}

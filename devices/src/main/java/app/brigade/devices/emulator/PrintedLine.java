package app.brigade.devices.emulator;

import app.brigade.devices.escpos.Align;
import java.util.List;

/** One line as the emulated printer put it on paper: styled segments with the line's alignment. */
public record PrintedLine(Align align, List<Segment> segments, Kind kind) {

    public PrintedLine {
        segments = List.copyOf(segments);
    }

    /** A run of characters with one style. */
    public record Segment(String text, boolean bold, int widthMul, int heightMul) {
    }

    /** Ordinary text, or a placeholder line standing for a QR code or barcode symbol. */
    public enum Kind { TEXT, QR, BARCODE }

    /** Width in columns: each character counts its width multiplier. */
    public int widthUnits() {
        return segments.stream().mapToInt(s -> s.text().length() * s.widthMul()).sum();
    }

    /** The tallest character's height multiplier (1 for an empty line). */
    public int heightMul() {
        return segments.stream().mapToInt(Segment::heightMul).max().orElse(1);
    }

    /** The characters without styling. */
    public String plainText() {
        StringBuilder text = new StringBuilder();
        segments.forEach(s -> text.append(s.text()));
        return text.toString();
    }

    /** The line padded by its alignment within {@code columns}, trailing spaces removed. */
    public String render(int columns) {
        int pad = Math.max(0, columns - widthUnits());
        int lead = switch (align) {
            case LEFT -> 0;
            case CENTER -> pad / 2;
            case RIGHT -> pad;
        };
        return (" ".repeat(lead) + plainText()).stripTrailing();
    }
}

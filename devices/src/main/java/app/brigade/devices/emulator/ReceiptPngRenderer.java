package app.brigade.devices.emulator;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** Draws printed lines as a paper-like PNG with java.awt (works headless). */
final class ReceiptPngRenderer {

    private static final int CELL_WIDTH = 12;
    private static final int CELL_HEIGHT = 24;
    private static final int MARGIN = 16;
    private static final int SYMBOL_SIZE = 120;

    private final int columns;

    ReceiptPngRenderer(int columns) {
        this.columns = columns;
    }

    void write(List<PrintedLine> lines, Path file) throws IOException {
        int height = MARGIN * 2 + lines.stream().mapToInt(this::lineHeight).sum();
        int width = MARGIN * 2 + columns * CELL_WIDTH;
        BufferedImage image = new BufferedImage(width, Math.max(height, MARGIN * 2 + CELL_HEIGHT), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            int y = MARGIN;
            for (PrintedLine line : lines) {
                drawLine(g, line, y);
                y += lineHeight(line);
            }
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", file.toFile());
    }

    private int lineHeight(PrintedLine line) {
        return line.kind() == PrintedLine.Kind.TEXT ? CELL_HEIGHT * line.heightMul() : SYMBOL_SIZE + CELL_HEIGHT;
    }

    private void drawLine(Graphics2D g, PrintedLine line, int top) {
        if (line.kind() != PrintedLine.Kind.TEXT) {
            drawSymbol(g, line, top);
            return;
        }
        int x = MARGIN + leadColumns(line.widthUnits(), line) * CELL_WIDTH;
        int baseline = top + CELL_HEIGHT * line.heightMul() - 6;
        for (PrintedLine.Segment segment : line.segments()) {
            Font font = new Font(Font.MONOSPACED, segment.bold() ? Font.BOLD : Font.PLAIN, 20);
            g.setFont(font.deriveFont(AffineTransform.getScaleInstance(segment.widthMul(), segment.heightMul())));
            for (char c : segment.text().toCharArray()) {
                g.drawString(String.valueOf(c), x, baseline);
                x += CELL_WIDTH * segment.widthMul();
            }
        }
    }

    private void drawSymbol(Graphics2D g, PrintedLine line, int top) {
        int boxWidth = line.kind() == PrintedLine.Kind.QR ? SYMBOL_SIZE : SYMBOL_SIZE * 2;
        int left = MARGIN + Math.max(0, (columns * CELL_WIDTH - boxWidth) / 2);
        g.setStroke(new BasicStroke(3));
        g.drawRect(left, top + 4, boxWidth, SYMBOL_SIZE - 8);
        if (line.kind() == PrintedLine.Kind.BARCODE) {
            for (int bar = left + 6; bar < left + boxWidth - 6; bar += 7) {
                g.fillRect(bar, top + 10, (bar / 7) % 3 + 1, SYMBOL_SIZE - 20);
            }
        } else {
            for (int corner = 0; corner < 3; corner++) {
                int cx = corner == 1 ? left + boxWidth - 36 : left + 8;
                int cy = corner == 2 ? top + SYMBOL_SIZE - 40 : top + 10;
                g.fillRect(cx, cy, 28, 28);
            }
        }
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 14));
        g.drawString(line.plainText(), MARGIN, top + SYMBOL_SIZE + CELL_HEIGHT - 6);
    }

    private int leadColumns(int units, PrintedLine line) {
        int pad = Math.max(0, columns - units);
        return switch (line.align()) {
            case LEFT -> 0;
            case CENTER -> pad / 2;
            case RIGHT -> pad;
        };
    }
}

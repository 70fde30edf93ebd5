package app.brigade.devices.escpos;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into printer lines: word wrap to a column count, two-column rows and rules. */
public final class TextWrapper {

    private static final int MIN_LEFT_COLUMN = 8;

    private TextWrapper() {
    }

    /**
     * Wraps text at word boundaries to at most {@code width} characters per line; words longer than
     * a line are split. Leading spaces indent every line of their paragraph; embedded line breaks
     * are kept; an empty text gives one empty line.
     */
    public static List<String> wrap(String text, int width) {
        requireWidth(width);
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\r?\n", -1)) {
            String body = paragraph.strip();
            int indent = paragraph.length() - paragraph.stripLeading().length();
            if (indent == 0 || body.isEmpty() || indent > width / 2) {
                wrapParagraph(body, width, lines);
            } else {
                List<String> indented = new ArrayList<>();
                wrapParagraph(body, width - indent, indented);
                String prefix = " ".repeat(indent);
                indented.forEach(line -> lines.add(prefix + line));
            }
        }
        return lines;
    }

    /**
     * Lays out "item … price": the left text wraps in the space the right text leaves, and the right
     * text is right-aligned on the first line. A right text too wide to share a line goes on its own.
     */
    public static List<String> twoColumns(String left, String right, int width) {
        requireWidth(width);
        String r = right.strip();
        int leftWidth = width - r.length() - 1;
        List<String> lines = new ArrayList<>();
        if (leftWidth < MIN_LEFT_COLUMN) {
            lines.addAll(wrap(left, width));
            lines.add(padLeft(r, width));
            return lines;
        }
        List<String> leftLines = wrap(left, leftWidth);
        lines.add(padRight(leftLines.getFirst(), width - r.length()) + r);
        lines.addAll(leftLines.subList(1, leftLines.size()));
        return lines;
    }

    /** A horizontal rule: {@code ch} repeated across the full width. */
    public static String rule(char ch, int width) {
        requireWidth(width);
        return String.valueOf(ch).repeat(width);
    }

    private static void wrapParagraph(String paragraph, int width, List<String> out) {
        if (paragraph.isEmpty()) {
            out.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split("\\s+")) {
            while (word.length() > width) {
                if (!line.isEmpty()) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                out.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (word.isEmpty()) {
                continue;
            }
            if (line.isEmpty()) {
                line.append(word);
            } else if (line.length() + 1 + word.length() <= width) {
                line.append(' ').append(word);
            } else {
                out.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
    }

    private static String padRight(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private static void requireWidth(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("Line width must be at least 1 column, was " + width);
        }
    }
}

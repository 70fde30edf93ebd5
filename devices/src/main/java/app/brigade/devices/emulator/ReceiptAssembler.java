package app.brigade.devices.emulator;

import app.brigade.devices.escpos.Align;
import app.brigade.devices.escpos.CutMode;
import app.brigade.devices.escpos.DrawerPin;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the paper a printer would produce from decoded commands: applies alignment at line start,
 * character size and emphasis, wraps at the paper width, and hands over a page at each cut.
 */
final class ReceiptAssembler {

    /** Receives each finished page. */
    interface PageListener {
        void pageCut(List<PrintedLine> lines, List<DrawerPulseEvent> pulses, CutMode cut);
    }

    private final int columns;
    private final PageListener listener;
    private final List<PrintedLine> lines = new ArrayList<>();
    private final List<PrintedLine.Segment> segments = new ArrayList<>();
    private final List<DrawerPulseEvent> pulses = new ArrayList<>();
    private final StringBuilder run = new StringBuilder();
    private Align align = Align.LEFT;
    private Align lineAlign = Align.LEFT;
    private boolean bold;
    private int widthMul = 1;
    private int heightMul = 1;
    private int lineUnits;

    ReceiptAssembler(int columns, PageListener listener) {
        this.columns = columns;
        this.listener = listener;
    }

    /** {@code ESC @}: clears the unprinted part of the current line and resets the styles. */
    void init() {
        run.setLength(0);
        segments.clear();
        lineUnits = 0;
        align = Align.LEFT;
        lineAlign = Align.LEFT;
        bold = false;
        widthMul = 1;
        heightMul = 1;
    }

    void align(Align newAlign) {
        align = newAlign;
        if (lineUnits == 0) {
            lineAlign = newAlign;
        }
    }

    void bold(boolean on) {
        closeRun();
        bold = on;
    }

    void size(int w, int h) {
        closeRun();
        widthMul = w;
        heightMul = h;
    }

    void text(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (lineUnits + widthMul > columns) {
                commitLine();
            }
            if (lineUnits == 0) {
                lineAlign = align;
            }
            run.append(text.charAt(i));
            lineUnits += widthMul;
        }
    }

    void lineFeed() {
        commitLine();
    }

    void placeholder(PrintedLine.Kind kind, String text) {
        if (lineUnits > 0) {
            commitLine();
        }
        lines.add(new PrintedLine(align, List.of(new PrintedLine.Segment(text, false, 1, 1)), kind));
    }

    void drawerPulse(DrawerPin pin, int onMillis, int offMillis) {
        pulses.add(new DrawerPulseEvent(pin, onMillis, offMillis));
    }

    void cut(CutMode mode) {
        if (lineUnits > 0) {
            commitLine();
        }
        listener.pageCut(List.copyOf(lines), List.copyOf(pulses), mode);
        lines.clear();
        pulses.clear();
    }

    /** Drops a page that was never cut (connection lost mid-receipt); returns how many lines it had. */
    int discardPartialPage() {
        closeRun();
        int dropped = lines.size() + (segments.isEmpty() ? 0 : 1);
        lines.clear();
        segments.clear();
        pulses.clear();
        init();
        return dropped;
    }

    private void closeRun() {
        if (!run.isEmpty()) {
            segments.add(new PrintedLine.Segment(run.toString(), bold, widthMul, heightMul));
            run.setLength(0);
        }
    }

    private void commitLine() {
        closeRun();
        lines.add(new PrintedLine(lineAlign, segments, PrintedLine.Kind.TEXT));
        segments.clear();
        lineUnits = 0;
        lineAlign = align;
    }
}

package app.brigade.devices.emulator;

import app.brigade.devices.escpos.CutMode;
import java.nio.file.Path;
import java.util.List;

/**
 * A receipt the emulated printer cut: its text, lines, the raw bytes received for it, drawer
 * pulses seen while printing it, the files written for it, and when the cut command was decoded
 * ({@link System#nanoTime()}, for latency measurements).
 */
public record EmulatedReceipt(
        int number,
        String text,
        List<PrintedLine> lines,
        byte[] rawBytes,
        List<DrawerPulseEvent> drawerPulses,
        CutMode cut,
        Path textFile,
        Path pngFile,
        long cutNanoTime) {

    public EmulatedReceipt {
        lines = List.copyOf(lines);
        rawBytes = rawBytes.clone();
        drawerPulses = List.copyOf(drawerPulses);
    }

    @Override
    public byte[] rawBytes() {
        return rawBytes.clone();
    }
}

package app.brigade.devices.emulator;

import app.brigade.devices.escpos.Align;
import app.brigade.devices.escpos.CutMode;
import app.brigade.devices.escpos.DrawerPin;
import app.brigade.devices.link.DeviceLink;
import app.brigade.devices.link.LinkException;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection to the emulated printer: reads bytes, answers status requests at once, prints
 * when the controls allow it, and applies injected faults.
 */
final class EmulatorSession implements ByteSource, EscPosSink {

    private static final Logger LOG = LoggerFactory.getLogger(EmulatorSession.class);
    private static final Duration POLL = Duration.ofMillis(100);

    private final PrinterEmulator emulator;
    private final DeviceLink link;
    private final BooleanSupplier running;
    private final EmulatorControls controls;
    private final ReceiptAssembler assembler;
    private final ByteArrayOutputStream raw = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[4096];
    private int position;
    private int length;

    EmulatorSession(PrinterEmulator emulator, DeviceLink link, BooleanSupplier running) {
        this.emulator = emulator;
        this.link = link;
        this.running = running;
        this.controls = emulator.controls();
        this.assembler = new ReceiptAssembler(emulator.columns(), (lines, pulses, cut) -> {
            emulator.pageCut(lines, pulses, cut, raw.toByteArray());
            raw.reset();
        });
    }

    /** Serves the connection until it ends. */
    void run() {
        try {
            new EscPosDecoder(this, this, emulator.codePage()).run();
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("Emulator connection {} ended: {}", link.name(), e.getMessage());
        } finally {
            controls.connectionLost();
            int dropped = assembler.discardPartialPage();
            if (dropped > 0 || raw.size() > 0) {
                emulator.partialPageDiscarded();
            }
            link.close();
        }
    }

    @Override
    public int next() throws IOException {
        while (position >= length) {
            if (!running.getAsBoolean()) {
                throw new EOFException("Emulator stopped");
            }
            length = link.read(buffer, POLL);
            position = 0;
        }
        int b = buffer[position++] & 0xFF;
        raw.write(b);
        if (controls.dropDue(raw.size())) {
            link.close();
            throw new LinkException("Emulator dropped the connection (injected fault)");
        }
        if (controls.stallDue(raw.size())) {
            awaitStallEnd();
        }
        return b;
    }

    private void awaitStallEnd() throws IOException {
        while (controls.stalled()) {
            if (!link.isOpen() || !running.getAsBoolean()) {
                throw new LinkException("Connection ended while the emulator was stalled");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EOFException("Interrupted while stalled");
            }
        }
    }

    @Override
    public void statusRequest(int n) {
        if (controls.silent()) {
            return;
        }
        try {
            link.write(new byte[] {controls.statusByte(n)});
        } catch (LinkException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void init() {
        if (controls.canPrint()) {
            assembler.init();
        }
    }

    @Override
    public void align(Align align) {
        if (controls.canPrint()) {
            assembler.align(align);
        }
    }

    @Override
    public void bold(boolean on) {
        if (controls.canPrint()) {
            assembler.bold(on);
        }
    }

    @Override
    public void size(int widthMul, int heightMul) {
        if (controls.canPrint()) {
            assembler.size(widthMul, heightMul);
        }
    }

    @Override
    public void text(String text) {
        if (controls.canPrint()) {
            assembler.text(text);
        }
    }

    @Override
    public void lineFeed() {
        if (controls.canPrint()) {
            assembler.lineFeed();
        }
    }

    @Override
    public void qr(String data) {
        if (controls.canPrint()) {
            assembler.placeholder(PrintedLine.Kind.QR, "[QR: " + data + "]");
        }
    }

    @Override
    public void barcode(String type, String data) {
        if (controls.canPrint()) {
            assembler.placeholder(PrintedLine.Kind.BARCODE, "[BARCODE " + type + ": " + data + "]");
        }
    }

    @Override
    public void cut(CutMode mode) {
        if (controls.canPrint()) {
            assembler.cut(mode);
        } else {
            raw.reset();
        }
    }

    @Override
    public void drawerPulse(DrawerPin pin, int onMillis, int offMillis) {
        if (controls.canPrint()) {
            assembler.drawerPulse(pin, onMillis, offMillis);
            controls.drawerKicked();
            emulator.drawerPulsed(new DrawerPulseEvent(pin, onMillis, offMillis));
        }
    }

    @Override
    public void unknown(String description) {
        LOG.warn("Emulated printer skipped unknown command {}", description);
    }
}

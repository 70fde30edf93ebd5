package app.brigade.devices.emulator;

import app.brigade.devices.escpos.CodePage;
import app.brigade.devices.escpos.CutMode;
import app.brigade.devices.link.DeviceLink;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An emulated ESC/POS receipt printer: a real peer on a TCP port or on one end of a pty pair. It
 * decodes what it receives, answers {@code DLE EOT} status requests, and writes every cut receipt
 * to a folder as UTF-8 text, PNG and raw bytes.
 */
public final class PrinterEmulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PrinterEmulator.class);

    private final int columns;
    private final CodePage codePage;
    private final ReceiptFileWriter files;
    private final EmulatorControls controls = new EmulatorControls();
    private final List<EmulatedReceipt> receipts = new ArrayList<>();
    private final List<DrawerPulseEvent> pulses = new CopyOnWriteArrayList<>();
    private final List<Consumer<EmulatedReceipt>> listeners = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> endpoints = new CopyOnWriteArrayList<>();
    private final AtomicInteger cutCount = new AtomicInteger();
    // Files (PNG rendering especially) are written off the connection thread, so status requests
    // are answered at once, as a real printer answers DLE EOT while it is still printing.
    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().name("printer-emulator-writer").daemon(true).unstarted(r));
    private volatile int partialPagesDiscarded;

    /**
     * An emulator printing {@code columns} characters per line, decoding text with {@code codePage}
     * until the host selects another, writing receipts into {@code outputFolder} (created if needed).
     */
    public PrinterEmulator(Path outputFolder, int columns, CodePage codePage) throws IOException {
        if (columns < 16 || columns > 96) {
            throw new IllegalArgumentException("Emulated printer width must be 16..96 columns, was " + columns);
        }
        this.columns = columns;
        this.codePage = codePage;
        this.files = new ReceiptFileWriter(outputFolder, columns);
    }

    /** Listens on a loopback TCP port (0 picks a free one) and returns the bound port. */
    public int listenTcp(int port) throws IOException {
        TcpEmulatorEndpoint endpoint = new TcpEmulatorEndpoint(this, port);
        endpoints.add(endpoint);
        return endpoint.port();
    }

    /** Serves the pty (or serial port) at {@code path}, reopening it whenever it disappears. */
    public void attachPty(Path path) {
        endpoints.add(new PtyEmulatorEndpoint(this, path.toString()));
    }

    /** Paper, cover, silence and fault knobs. */
    public EmulatorControls controls() {
        return controls;
    }

    /** The folder receipts are written to. */
    public Path outputFolder() {
        return files.folder();
    }

    /** Receipts cut so far, oldest first. */
    public List<EmulatedReceipt> receipts() {
        synchronized (receipts) {
            return List.copyOf(receipts);
        }
    }

    /** Waits until at least {@code count} receipts were cut or the timeout passed; returns what there is. */
    public List<EmulatedReceipt> awaitReceipts(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (receipts) {
            while (receipts.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                receipts.wait(Math.max(1, left / 1_000_000));
            }
            return List.copyOf(receipts);
        }
    }

    /** Every drawer pulse received, with or without a receipt. */
    public List<DrawerPulseEvent> drawerPulses() {
        return List.copyOf(pulses);
    }

    /** How many receipts were started but lost with their connection before the cut. */
    public int partialPagesDiscarded() {
        return partialPagesDiscarded;
    }

    /** Calls {@code listener} for every receipt cut from now on (on the emulator's thread). */
    public void addReceiptListener(Consumer<EmulatedReceipt> listener) {
        listeners.add(listener);
    }

    /** Stops all endpoints and finishes writing the receipts already cut. */
    @Override
    public void close() {
        for (AutoCloseable endpoint : endpoints) {
            try {
                endpoint.close();
            } catch (Exception e) {
                LOG.warn("Closing emulator endpoint {} failed", endpoint, e);
            }
        }
        writer.shutdown();
        try {
            if (!writer.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Emulator is still writing receipts to {} after 10 s", files.folder());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int columns() {
        return columns;
    }

    CodePage codePage() {
        return codePage;
    }

    /** Serves one connection until it ends. */
    void serve(DeviceLink link, java.util.function.BooleanSupplier running) {
        new EmulatorSession(this, link, running).run();
    }

    void pageCut(List<PrintedLine> lines, List<DrawerPulseEvent> pagePulses, CutMode cut, byte[] raw) {
        long cutAt = System.nanoTime();
        int number = cutCount.incrementAndGet();
        String text = render(lines);
        writer.execute(() -> {
            Path[] written;
            try {
                written = files.write(number, text, lines, raw);
            } catch (IOException e) {
                LOG.error("Emulator could not write receipt {} to {}", number, files.folder(), e);
                return;
            }
            EmulatedReceipt receipt = new EmulatedReceipt(number, text, lines, raw, pagePulses, cut, written[0], written[1],
                    cutAt);
            synchronized (receipts) {
                receipts.add(receipt);
                receipts.notifyAll();
            }
            LOG.debug("Emulated printer cut receipt {}", number);
            listeners.forEach(l -> l.accept(receipt));
        });
    }

    void drawerPulsed(DrawerPulseEvent pulse) {
        pulses.add(pulse);
    }

    void partialPageDiscarded() {
        partialPagesDiscarded++;
    }

    private String render(List<PrintedLine> lines) {
        List<String> rendered = new ArrayList<>(lines.stream().map(l -> l.render(columns)).toList());
        while (!rendered.isEmpty() && rendered.getLast().isEmpty()) {
            rendered.removeLast();
        }
        return rendered.stream().collect(Collectors.joining("\n"));
    }
}

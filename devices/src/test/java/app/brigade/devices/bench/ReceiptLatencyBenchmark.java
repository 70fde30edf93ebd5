package app.brigade.devices.bench;

import app.brigade.devices.emulator.EmulatedReceipt;
import app.brigade.devices.emulator.PrinterEmulator;
import app.brigade.devices.escpos.CodePage;
import app.brigade.devices.link.LinkConfig;
import app.brigade.devices.link.SerialSettings;
import app.brigade.devices.link.TcpSettings;
import app.brigade.devices.printer.JobStore;
import app.brigade.devices.printer.JobTicket;
import app.brigade.devices.printer.PrintRequest;
import app.brigade.devices.printer.PrintResult;
import app.brigade.devices.printer.PrinterQueue;
import app.brigade.devices.printer.PrinterRoute;
import app.brigade.devices.printer.PrinterSettings;
import app.brigade.devices.receipt.CustomerReceiptLayout;
import app.brigade.devices.receipt.ReceiptDocument;
import app.brigade.devices.receipt.ReceiptEncoder;
import app.brigade.devices.testing.Samples;
import app.brigade.devices.testing.SocatPair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Receipt job latency from submit to the emulated printer's cut, p50/p99, for a 40-line receipt over
 * a socat pty pair and over TCP, printed beside the bytes per receipt and their wire time at 38,400
 * baud (bytes × 10 / baud), the physical floor of a real serial printer. Not a test: run its main.
 */
public final class ReceiptLatencyBenchmark {

    private static final int COLUMNS = 42;
    private static final int BAUD = 38_400;
    private static final int WARMUP = 30;
    private static final int MEASURED = 300;

    private ReceiptLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        ReceiptDocument receipt = new CustomerReceiptLayout(Samples.EURO).layout(Samples.receiptWithLines(40));
        int bytes = new ReceiptEncoder(COLUMNS, CodePage.CP858).encode(receipt).length;
        double wireMillis = bytes * 10.0 * 1000 / BAUD;
        System.out.printf(Locale.ROOT, "Receipt: 40 item lines, %d bytes; wire time at %,d baud = %.1f ms%n",
                bytes, BAUD, wireMillis);
        System.out.printf(Locale.ROOT, "%-5s %5s %10s %10s %10s %14s%n", "link", "jobs", "p50 ms", "p99 ms", "max ms",
                "p50/wire time");
        Path dir = Files.createTempDirectory("receipt-bench");
        try (SocatPair cable = SocatPair.start(dir)) {
            try (PrinterEmulator emulator = new PrinterEmulator(dir.resolve("pty-paper"), COLUMNS, CodePage.CP858)) {
                emulator.attachPty(cable.printerEnd());
                report("pty", measure(SerialSettings.of(cable.hostEnd().toString(), BAUD), emulator, receipt,
                        dir.resolve("pty-jobs")), wireMillis);
            }
        }
        try (PrinterEmulator emulator = new PrinterEmulator(dir.resolve("tcp-paper"), COLUMNS, CodePage.CP858)) {
            int port = emulator.listenTcp(0);
            report("tcp", measure(TcpSettings.of("127.0.0.1", port), emulator, receipt, dir.resolve("tcp-jobs")),
                    wireMillis);
        }
        System.out.println("(a pty and loopback TCP have no baud limit: a real 38,400-baud printer adds the wire time)");
        deleteTree(dir);
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static double[] measure(LinkConfig link, PrinterEmulator emulator, ReceiptDocument receipt, Path jobs)
            throws Exception {
        BlockingQueue<EmulatedReceipt> cuts = new LinkedBlockingQueue<>();
        emulator.addReceiptListener(cuts::add);
        PrinterSettings printer = PrinterSettings.of("bench", "Bench", link).withPaper(COLUMNS, CodePage.CP858)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(50), Duration.ofMinutes(1), Duration.ZERO);
        double[] millis = new double[MEASURED];
        try (PrinterQueue queue = PrinterQueue.start(new JobStore(jobs), List.of(printer),
                List.of(PrinterRoute.of("receipt", "bench")))) {
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                long submitted = System.nanoTime();
                JobTicket ticket = queue.submit(new PrintRequest("receipt", "Bench " + i, receipt));
                EmulatedReceipt cut = cuts.poll(30, TimeUnit.SECONDS);
                PrintResult result = ticket.result().get(30, TimeUnit.SECONDS);
                if (cut == null || !(result instanceof PrintResult.Printed printed) || printed.reprint()) {
                    throw new IllegalStateException("Job " + i + " did not print cleanly: " + result);
                }
                if (i >= WARMUP) {
                    millis[i - WARMUP] = (cut.cutNanoTime() - submitted) / 1e6;
                }
            }
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void report(String link, double[] sorted, double wireMillis) {
        double p50 = percentile(sorted, 0.50);
        System.out.printf(Locale.ROOT, "%-5s %5d %10.2f %10.2f %10.2f %13.3fx%n", link, sorted.length, p50,
                percentile(sorted, 0.99), sorted[sorted.length - 1], p50 / wireMillis);
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}

package app.brigade.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.devices.emulator.EmulatedReceipt;
import app.brigade.devices.emulator.PrinterEmulator;
import app.brigade.devices.escpos.CodePage;
import app.brigade.devices.link.TcpSettings;
import app.brigade.devices.receipt.CustomerReceiptLayout;
import app.brigade.devices.receipt.ReceiptDocument;
import app.brigade.devices.receipt.ReceiptTextRenderer;
import app.brigade.devices.testing.Samples;
import app.brigade.devices.testing.TestPrinters;
import app.brigade.devices.testing.Wait;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jobs are durable: a queue started on the same folder prints what the previous one left. */
class PrinterQueueRestartTest {

    private static final ReceiptDocument RECEIPT = new CustomerReceiptLayout(Samples.EURO).layout(Samples.receipt());
    private static final String BODY = new ReceiptTextRenderer(42).render(RECEIPT).getFirst();

    @TempDir
    Path dir;

    @Test
    void aJobWaitingForAnOfflinePrinterSurvivesARestartAndPrintsOnce() throws Exception {
        try (PrinterEmulator emulator = new PrinterEmulator(dir.resolve("paper"), 42, CodePage.CP858)) {
            int port = emulator.listenTcp(0);
            emulator.controls().coverOpen(true);
            PrinterSettings front = TestPrinters.fast("front", TcpSettings.of("127.0.0.1", port));
            List<PrinterRoute> routes = List.of(PrinterRoute.of("receipt", "front"));

            String jobId;
            try (PrinterQueue first = PrinterQueue.start(new JobStore(dir.resolve("jobs")), List.of(front), routes)) {
                jobId = first.submit(new PrintRequest("receipt", "Receipt A-042", RECEIPT)).jobId();
                Wait.until("job held for the open cover", Duration.ofSeconds(20),
                        () -> first.job(jobId).map(j -> j.state() == JobState.HELD).orElse(false));
            }
            emulator.controls().coverOpen(false);

            try (PrinterQueue second = PrinterQueue.start(new JobStore(dir.resolve("jobs")), List.of(front), routes)) {
                assertThat(second.result(jobId).orElseThrow().get(20, TimeUnit.SECONDS))
                        .isEqualTo(new PrintResult.Printed(jobId, "front", false));
            }
            assertThat(emulator.awaitReceipts(1, Duration.ofSeconds(10))).singleElement()
                    .extracting(EmulatedReceipt::text).isEqualTo(BODY);
        }
    }

    @Test
    void aJobCaughtMidSendByACrashPrintsMarkedReprint() throws Exception {
        JobStore store = new JobStore(dir.resolve("jobs"));
        PrintJob crashed = PrintJob.queued("crashed-1", 7, "front", new PrintRequest("receipt", "Receipt A-042", RECEIPT),
                Instant.parse("2025-01-31T19:42:00Z")).sending(Instant.parse("2025-01-31T19:42:01Z"));
        store.save(crashed);

        try (PrinterEmulator emulator = new PrinterEmulator(dir.resolve("paper"), 42, CodePage.CP858)) {
            int port = emulator.listenTcp(0);
            try (PrinterQueue queue = PrinterQueue.start(store,
                    List.of(TestPrinters.fast("front", TcpSettings.of("127.0.0.1", port))),
                    List.of(PrinterRoute.of("receipt", "front")))) {
                assertThat(queue.result("crashed-1").orElseThrow().get(20, TimeUnit.SECONDS))
                        .isEqualTo(new PrintResult.Printed("crashed-1", "front", true));
                assertThat(queue.job("crashed-1").orElseThrow().attempts()).isEqualTo(2);
            }
            assertThat(emulator.awaitReceipts(1, Duration.ofSeconds(10))).singleElement()
                    .extracting(EmulatedReceipt::text).asString().startsWith(" ".repeat(13) + "*** REPRINT ***\n")
                    .endsWith(BODY);
        }
    }
}

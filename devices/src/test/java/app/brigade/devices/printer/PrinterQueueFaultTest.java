package app.brigade.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.brigade.devices.emulator.EmulatedReceipt;
import app.brigade.devices.emulator.PrinterEmulator;
import app.brigade.devices.escpos.CodePage;
import app.brigade.devices.link.DeviceLink;
import app.brigade.devices.link.LinkException;
import app.brigade.devices.link.SerialSettings;
import app.brigade.devices.link.TcpSettings;
import app.brigade.devices.receipt.CustomerReceiptLayout;
import app.brigade.devices.receipt.ReceiptDocument;
import app.brigade.devices.receipt.ReceiptTextRenderer;
import app.brigade.devices.testing.Samples;
import app.brigade.devices.testing.SocatPair;
import app.brigade.devices.testing.TestPrinters;
import app.brigade.devices.testing.Wait;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Printer faults: the peer dies mid-receipt, paper runs out, the printer goes silent, the port is wrong. */
class PrinterQueueFaultTest {

    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final ReceiptDocument RECEIPT = new CustomerReceiptLayout(Samples.EURO).layout(Samples.receipt());
    private static final String BODY = new ReceiptTextRenderer(42).render(RECEIPT).getFirst();

    @TempDir
    Path dir;

    private PrinterQueue queue(PrinterSettings printer) {
        return PrinterQueue.start(new JobStore(dir.resolve("jobs")), List.of(printer),
                List.of(PrinterRoute.of("receipt", printer.id())));
    }

    private static JobTicket submitReceipt(PrinterQueue queue) {
        return queue.submit(new PrintRequest("receipt", "Receipt A-042", RECEIPT));
    }

    private static void assertPrintedOnceMarkedReprint(PrinterEmulator emulator) throws InterruptedException {
        List<EmulatedReceipt> receipts = emulator.awaitReceipts(1, BOUND);
        assertThat(receipts).as("exactly one cut receipt, never a silent second copy").hasSize(1);
        String text = receipts.getFirst().text();
        assertThat(text.lines().findFirst()).get().asString().isEqualTo(" ".repeat(13) + "*** REPRINT ***");
        assertThat(text).endsWith(BODY);
        assertThat(emulator.partialPagesDiscarded()).as("the first attempt was cut off").isPositive();
    }

    @Test
    void peerKilledMidReceiptOnAPtyIsRetriedAfterReconnectAndPrintedOnceMarkedReprint() throws Exception {
        try (SocatPair cable = SocatPair.start(dir);
             PrinterEmulator emulator = new PrinterEmulator(dir.resolve("paper"), 42, CodePage.CP858);
             PrinterQueue queue = queue(TestPrinters.fast("front", SerialSettings.of(cable.hostEnd().toString(), 38400)))) {
            emulator.attachPty(cable.printerEnd());
            emulator.controls().stallAfterReceiptBytes(300);

            JobTicket ticket = submitReceipt(queue);
            assertThat(emulator.controls().awaitFault(BOUND)).as("emulator got part of the receipt").isTrue();
            cable.kill();
            Wait.until("queue notices the printer is gone", BOUND,
                    () -> queue.status("front").state() == PrinterState.OFFLINE);
            cable.restart();

            assertThat(ticket.result().get(BOUND.toSeconds(), TimeUnit.SECONDS))
                    .isEqualTo(new PrintResult.Printed(ticket.jobId(), "front", true));
            assertPrintedOnceMarkedReprint(emulator);
        }
    }

    @Test
    void tcpPeerDroppingTheConnectionMidReceiptGetsOneMarkedReprint() throws Exception {
        try (PrinterEmulator emulator = new PrinterEmulator(dir.resolve("paper"), 42, CodePage.CP858)) {
            int port = emulator.listenTcp(0);
            emulator.controls().dropConnectionAfterReceiptBytes(300);
            try (PrinterQueue queue = queue(TestPrinters.fast("front", TcpSettings.of("127.0.0.1", port)))) {
                JobTicket ticket = submitReceipt(queue);

                assertThat(ticket.result().get(BOUND.toSeconds(), TimeUnit.SECONDS))
                        .isEqualTo(new PrintResult.Printed(ticket.jobId(), "front", true));
                assertPrintedOnceMarkedReprint(emulator);
            }
        }
    }

    @Test
    void paperEndHoldsTheJobUntilPaperIsLoaded() throws Exception {
        try (PrinterEmulator emulator = new PrinterEmulator(dir.resolve("paper"), 42, CodePage.CP858)) {
            int port = emulator.listenTcp(0);
            emulator.controls().paperEnd(true);
            List<PrinterStatusEvent> events = new CopyOnWriteArrayList<>();
            try (PrinterQueue queue = queue(TestPrinters.fast("front", TcpSettings.of("127.0.0.1", port)))) {
                queue.addStatusListener(events::add);
                JobTicket ticket = submitReceipt(queue);

                Wait.until("job held for paper end", BOUND, () -> queue.job(ticket.jobId())
                        .map(j -> j.state() == JobState.HELD).orElse(false));
                assertThat(queue.job(ticket.jobId()).orElseThrow().lastError()).isEqualTo("Printer 'Front': paper end");
                assertThat(queue.status("front").state()).isEqualTo(PrinterState.PAPER_END);
                assertThat(ticket.result()).isNotDone();
                assertThat(emulator.receipts()).isEmpty();

                emulator.controls().paperEnd(false);

                assertThat(ticket.result().get(BOUND.toSeconds(), TimeUnit.SECONDS))
                        .isEqualTo(new PrintResult.Printed(ticket.jobId(), "front", false));
                assertThat(emulator.awaitReceipts(1, BOUND)).singleElement()
                        .extracting(EmulatedReceipt::text).isEqualTo(BODY);
                assertThat(events).extracting(PrinterStatusEvent::state)
                        .containsSubsequence(PrinterState.PAPER_END, PrinterState.READY);
            }
        }
    }

    @Test
    void silentPrinterTimesOutWithAClearStatusWhileTheCallerNeverBlocks() throws Exception {
        try (PrinterEmulator emulator = new PrinterEmulator(dir.resolve("paper"), 42, CodePage.CP858)) {
            int port = emulator.listenTcp(0);
            emulator.controls().silent(true);
            List<String> listenerThreads = new CopyOnWriteArrayList<>();
            List<PrinterStatusEvent> events = new CopyOnWriteArrayList<>();
            PrinterSettings printer = TestPrinters.giveUpAfter("front", TcpSettings.of("127.0.0.1", port),
                    Duration.ofSeconds(2));
            try (PrinterQueue queue = queue(printer)) {
                queue.addStatusListener(e -> {
                    events.add(e);
                    listenerThreads.add(Thread.currentThread().getName());
                });

                JobTicket ticket = submitReceipt(queue);
                assertThat(ticket.result()).as("submit returns before any printer I/O finished").isNotDone();

                PrintResult result = ticket.result().get(BOUND.toSeconds(), TimeUnit.SECONDS);
                assertThat(result).isInstanceOfSatisfying(PrintResult.Failed.class, failed -> {
                    assertThat(failed.canRetry()).isTrue();
                    assertThat(failed.reason()).startsWith("Printer 'Front' could not print 'Receipt A-042' within 2 s: ")
                            .contains("did not answer a status query within 400 ms");
                });
                assertThat(queue.status("front").state()).isEqualTo(PrinterState.OFFLINE);
                assertThat(events).extracting(PrinterStatusEvent::detail)
                        .contains("Printer 'Front' on 127.0.0.1:" + port + " did not answer a status query within 400 ms");
                assertThat(listenerThreads).containsOnly("printer-front");
                assertThat(emulator.receipts()).isEmpty();

                emulator.controls().silent(false);
                JobTicket retry = queue.retry(ticket.jobId());
                assertThat(retry.result().get(BOUND.toSeconds(), TimeUnit.SECONDS))
                        .as("nothing was sent before, so the retry is not a reprint")
                        .isEqualTo(new PrintResult.Printed(ticket.jobId(), "front", false));
            }
        }
    }

    @Test
    void aPortThatDoesNotExistIsAClearErrorNamingThePort() throws Exception {
        String missing = dir.resolve("ttyBRIGADE-missing").toString();
        try (DeviceLink link = SerialSettings.of(missing, 9600).newLink()) {
            assertThatThrownBy(link::open).isInstanceOf(LinkException.class)
                    .hasMessageStartingWith("Serial port '" + missing + "' does not exist");
        }
        assertThatThrownBy(() -> SerialSettings.of("COM3", 12345))
                .hasMessageStartingWith("Baud rate 12345 for serial port 'COM3' is not supported; allowed: 1200");

        try (PrinterQueue queue = queue(TestPrinters.giveUpAfter("front", SerialSettings.of(missing, 9600),
                Duration.ofMillis(300)))) {
            PrintResult result = submitReceipt(queue).result().get(BOUND.toSeconds(), TimeUnit.SECONDS);
            assertThat(result).isInstanceOfSatisfying(PrintResult.Failed.class,
                    failed -> assertThat(failed.reason()).contains("Serial port '" + missing + "' does not exist"));
            assertThat(queue.status("front").detail()).contains(missing);
        }
    }
}

package app.brigade.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.brigade.devices.emulator.EmulatedReceipt;
import app.brigade.devices.emulator.PrinterEmulator;
import app.brigade.devices.escpos.CodePage;
import app.brigade.devices.link.TcpSettings;
import app.brigade.devices.receipt.KitchenChitLayout;
import app.brigade.devices.receipt.ReceiptDocument;
import app.brigade.devices.testing.Bytes;
import app.brigade.devices.testing.Samples;
import app.brigade.devices.testing.TestPrinters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kitchen chits reroute to the backup printer when the station's printer is down. */
class PrinterQueueRoutingTest {

    private static final ReceiptDocument CHIT = new KitchenChitLayout(Samples.EURO).layout(Samples.grillChit());

    @TempDir
    Path dir;

    @Test
    void chitForADownStationPrinterPrintsOnTheBackupMarkedRerouted() throws Exception {
        try (PrinterEmulator expo = new PrinterEmulator(dir.resolve("expo"), 42, CodePage.CP858)) {
            int expoPort = expo.listenTcp(0);
            PrinterSettings grill = TestPrinters.fast("grill", TcpSettings.of("127.0.0.1", Bytes.unusedTcpPort()));
            PrinterSettings backup = TestPrinters.fast("expo", TcpSettings.of("127.0.0.1", expoPort));
            try (PrinterQueue queue = PrinterQueue.start(new JobStore(dir.resolve("jobs")), List.of(grill, backup),
                    List.of(new PrinterRoute("kitchen:grill", "grill", "expo")))) {

                JobTicket ticket = queue.submit(new PrintRequest("kitchen:grill", "Grill A-042", CHIT));

                assertThat(ticket.result().get(20, TimeUnit.SECONDS))
                        .isEqualTo(new PrintResult.Printed(ticket.jobId(), "expo", false));
                assertThat(queue.job(ticket.jobId())).get().satisfies(job -> {
                    assertThat(job.printerId()).isEqualTo("expo");
                    assertThat(job.reroutedFrom()).isEqualTo("Grill");
                });
                assertThat(queue.status("grill").state()).isEqualTo(PrinterState.OFFLINE);
                assertThat(queue.status("grill").detail()).contains("refused the connection");
            }
            List<EmulatedReceipt> printed = expo.awaitReceipts(1, Duration.ofSeconds(10));
            assertThat(printed).singleElement().extracting(EmulatedReceipt::text).asString()
                    .startsWith("           REROUTED FROM Grill\n                GRILL\n                A-042");
        }
    }

    @Test
    void configurationMistakesAreNamed() {
        PrinterSettings front = TestPrinters.fast("front", TcpSettings.of("127.0.0.1", 9100));
        JobStore store = new JobStore(dir.resolve("jobs"));
        assertThatThrownBy(() -> PrinterQueue.start(store, List.of(front), List.of(PrinterRoute.of("receipt", "bar"))))
                .hasMessage("Printer route 'receipt' names unknown printer 'bar'; configured: [front]");
        assertThatThrownBy(() -> PrinterQueue.start(store, List.of(front, front), List.of()))
                .hasMessage("Printer id 'front' is configured twice");
        assertThatThrownBy(() -> front.withPaper(40, CodePage.CP858))
                .hasMessage("Printer 'front' width must be 32, 42 or 48 columns, was 40");
        try (PrinterQueue queue = PrinterQueue.start(store, List.of(front), List.of(PrinterRoute.of("receipt", "front")))) {
            assertThatThrownBy(() -> queue.submit(new PrintRequest("bar", "x", CHIT)))
                    .hasMessage("No printer is routed for role 'bar'; configured roles: [receipt]");
        }
    }
}

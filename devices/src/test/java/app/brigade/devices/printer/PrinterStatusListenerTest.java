package app.brigade.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.devices.emulator.PrinterEmulator;
import app.brigade.devices.escpos.CodePage;
import app.brigade.devices.link.TcpSettings;
import app.brigade.devices.testing.TestPrinters;
import app.brigade.devices.testing.Wait;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A status listener added at any time hears the printer's current state, not only later changes. The
 * printers here never poll while idle, so after the first answer nothing would be published again: a
 * listener that relied on changes alone would hear nothing at all.
 */
class PrinterStatusListenerTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private PrinterQueue queue(PrinterSettings printer) {
        return PrinterQueue.start(new JobStore(dir.resolve("jobs")), List.of(printer),
                List.of(PrinterRoute.of("receipt", printer.id())));
    }

    @Test
    void aListenerAddedAfterThePrinterAnsweredHearsItsCurrentStatusOnTheDeviceThread() throws Exception {
        try (PrinterEmulator emulator = new PrinterEmulator(dir.resolve("paper"), 42, CodePage.CP858)) {
            int port = emulator.listenTcp(0);
            try (PrinterQueue queue = queue(TestPrinters.fast("front", TcpSettings.of("127.0.0.1", port)))) {
                assertThat(queue.queryStatus("front").get(BOUND.toSeconds(), TimeUnit.SECONDS).state())
                        .as("the printer has answered before anyone listens").isEqualTo(PrinterState.READY);
                List<PrinterStatusEvent> events = new CopyOnWriteArrayList<>();
                List<String> threads = new CopyOnWriteArrayList<>();

                queue.addStatusListener(e -> {
                    events.add(e);
                    threads.add(Thread.currentThread().getName());
                });

                Wait.until("the new listener hears the printer's status", BOUND, () -> !events.isEmpty());
                assertThat(events).singleElement().satisfies(e -> {
                    assertThat(e.printerId()).isEqualTo("front");
                    assertThat(e.state()).isEqualTo(PrinterState.READY);
                });
                assertThat(threads).containsOnly("printer-front");
            }
        }
    }

    @Test
    void aListenerHearsTheCurrentStatusThenEachChangeAndEndsOnThePrintersState() throws Exception {
        try (PrinterEmulator emulator = new PrinterEmulator(dir.resolve("paper"), 42, CodePage.CP858)) {
            int port = emulator.listenTcp(0);
            try (PrinterQueue queue = queue(TestPrinters.fast("front", TcpSettings.of("127.0.0.1", port)))) {
                queue.queryStatus("front").get(BOUND.toSeconds(), TimeUnit.SECONDS);
                List<PrinterStatusEvent> events = new CopyOnWriteArrayList<>();
                queue.addStatusListener(events::add);
                emulator.controls().paperEnd(true);

                assertThat(queue.queryStatus("front").get(BOUND.toSeconds(), TimeUnit.SECONDS).state())
                        .isEqualTo(PrinterState.PAPER_END);

                Wait.until("the listener hears paper end", BOUND,
                        () -> !events.isEmpty() && events.getLast().state() == PrinterState.PAPER_END);
                assertThat(events).extracting(PrinterStatusEvent::state)
                        .as("ready as it was when the listener came, then paper end")
                        .containsExactly(PrinterState.READY, PrinterState.PAPER_END);
            }
        }
    }
}

package app.brigade.devices.drawer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.brigade.devices.emulator.DrawerPulseEvent;
import app.brigade.devices.emulator.PrinterEmulator;
import app.brigade.devices.escpos.CodePage;
import app.brigade.devices.escpos.DrawerPin;
import app.brigade.devices.link.TcpSettings;
import app.brigade.devices.printer.JobStore;
import app.brigade.devices.printer.PrintResult;
import app.brigade.devices.printer.PrinterQueue;
import app.brigade.devices.printer.PrinterRoute;
import app.brigade.devices.testing.TestPrinters;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CashDrawerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-31T19:42:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aNoSaleNeedsAReasonAndTheEmployee() {
        assertThatThrownBy(() -> new DrawerOpenReason.NoSale("   ", "emp-7"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A no-sale drawer opening needs a reason (e.g. 'change for the float'); it was blank");
        assertThatThrownBy(() -> new DrawerOpenReason.NoSale("change", ""))
                .hasMessage("A no-sale drawer opening needs the employee who asked for it");
        assertThatThrownBy(() -> new DrawerOpenReason.Sale(" ")).hasMessage("A sale drawer opening needs the order id");
    }

    @Test
    void openingsPulseThePrinterAreAuditedAndTheSwitchIsRead() throws Exception {
        List<DrawerOpening> audit = new CopyOnWriteArrayList<>();
        try (PrinterEmulator emulator = new PrinterEmulator(dir.resolve("paper"), 42, CodePage.CP858)) {
            int port = emulator.listenTcp(0);
            try (PrinterQueue queue = PrinterQueue.start(new JobStore(dir.resolve("jobs")),
                    List.of(TestPrinters.fast("front", TcpSettings.of("127.0.0.1", port))),
                    List.of(PrinterRoute.of("receipt", "front")))) {
                CashDrawer drawer = new CashDrawer("till-1", "receipt", DrawerPin.PIN_5, 120, 240, queue, audit::add, CLOCK);

                assertThat(drawer.state().get(10, TimeUnit.SECONDS)).isEqualTo(DrawerState.CLOSED);

                var sale = drawer.open(new DrawerOpenReason.Sale("order-42"));
                assertThat(sale.result().get(10, TimeUnit.SECONDS)).isInstanceOf(PrintResult.Printed.class);
                assertThat(emulator.drawerPulses()).containsExactly(new DrawerPulseEvent(DrawerPin.PIN_5, 120, 240));
                assertThat(drawer.state().get(10, TimeUnit.SECONDS)).isEqualTo(DrawerState.OPEN);

                emulator.controls().closeDrawer();
                assertThat(drawer.state().get(10, TimeUnit.SECONDS)).isEqualTo(DrawerState.CLOSED);

                var noSale = drawer.open(new DrawerOpenReason.NoSale("change for the float", "emp-7"));
                assertThat(noSale.result().get(10, TimeUnit.SECONDS)).isInstanceOf(PrintResult.Printed.class);

                assertThat(audit).containsExactly(
                        new DrawerOpening(CLOCK.instant(), "till-1", new DrawerOpenReason.Sale("order-42"), sale.jobId()),
                        new DrawerOpening(CLOCK.instant(), "till-1",
                                new DrawerOpenReason.NoSale("change for the float", "emp-7"), noSale.jobId()));
                assertThat(emulator.drawerPulses()).hasSize(2);
                assertThat(emulator.receipts()).as("a drawer kick prints nothing").isEmpty();
            }
        }
    }

    @Test
    void pulseTimesOutsideTheCommandRangeAreRejected() throws Exception {
        try (PrinterQueue queue = PrinterQueue.start(new JobStore(dir.resolve("jobs")),
                List.of(TestPrinters.fast("front", TcpSettings.of("127.0.0.1", 9))), List.of(PrinterRoute.of("receipt", "front")))) {
            assertThatThrownBy(() -> new CashDrawer("till-1", "receipt", DrawerPin.PIN_2, 600, 100, queue, o -> { }, CLOCK))
                    .hasMessage("Drawer pulse times must be 2..510 ms, were on 600 ms, off 100 ms");
        }
    }
}

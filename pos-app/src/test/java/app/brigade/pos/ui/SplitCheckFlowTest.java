package app.brigade.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.devices.emulator.EmulatedReceipt;
import app.brigade.devices.emulator.PrinterEmulator;
import app.brigade.model.order.OrderStatus;
import app.brigade.pos.app.PosContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Splitting a table's check by seat on the real POS scene (headless Monocle), a real store and the
 * emulated printer over TCP. Seat 1: Tomato Soup 5.90 (+0.41 tax) and Cola 3.50 = 9.81; seat 2: Fish
 * &amp; Chips 16.50 (+1.16) and Espresso 2.50 = 20.16.
 */
@ExtendWith(ApplicationExtension.class)
class SplitCheckFlowTest {

    @TempDir
    static Path tempRoot;

    private static int counter;
    private Path dir;
    private PosTerminal pos;
    private PosContext context;
    private PosPages page;
    private PrinterEmulator emulator;

    @Start
    void start(Stage stage) throws Exception {
        dir = tempRoot.resolve("s" + (++counter));
        pos = PosTerminal.start(stage, dir, "POS-S", true);
        context = pos.context;
        page = pos.page;
        emulator = pos.printer;
    }

    @AfterEach
    void stop() throws Exception {
        pos.close();
    }

    @Test
    void aTableSplitBySeatIsPaidCheckByCheckWithAReceiptEach(FxRobot robot) throws Exception {
        page.pin("1111").openShift("150");
        page.dineIn().seat(1).item("Tomato Soup").item("Cola").seat(2).item("Fish & Chips").item("Espresso").send();
        assertThat(page.due()).isEqualTo("Due €29.97");

        page.pay().splitCheck().splitSeat(2);
        assertThat(page.splitPreview()).isEqualTo("New check: €20.16 (2 lines). Stays on A-001: €9.81.");
        page.confirmSplit();
        assertThat(page.payDue()).isEqualTo("Due €9.81");
        assertThat(page.payMessage()).isEqualTo("Moved to new check A-002 (€20.16 due). Go on paying check A-001.");

        page.amount("10").cash();
        assertThat(page.change()).isEqualTo("Change €0.19");
        assertThat(page.payMessage()).isEqualTo("Paid — receipt printed");

        page.backToOrder().openChecks();
        assertThat(page.checkNumbers()).containsExactly("A-002");
        page.resumeCheck("A-002");
        assertThat(page.ticketLines()).isEqualTo(2);
        assertThat(page.due()).isEqualTo("Due €20.16");
        page.pay().card("VISA", "4242", "A1B2C3");
        assertThat(page.payMessage()).isEqualTo("Paid — receipt printed");

        // two kitchen chits from the one send (the split printed nothing for the kitchen), then a receipt per check
        List<EmulatedReceipt> printed = emulator.awaitReceipts(4, Duration.ofSeconds(15));
        List<String> receipts = printed.stream().map(EmulatedReceipt::text).filter(t -> t.contains("Brigade Bistro"))
                .toList();
        assertThat(receipts).hasSize(2);
        assertThat(receipts).filteredOn(t -> t.contains("A-001")).singleElement().satisfies(t -> assertThat(t)
                .contains("Tomato Soup", "Cola", "9.81", "10.00", "0.19").doesNotContain("Fish & Chips", "Espresso"));
        assertThat(receipts).filteredOn(t -> t.contains("A-002")).singleElement().satisfies(t -> assertThat(t)
                .contains("Fish & Chips", "Espresso", "20.16", "4242").doesNotContain("Tomato Soup", "Cola"));
        assertThat(printed).hasSize(4);
        assertThat(context.store().openOrders()).isEmpty();
        assertThat(context.store().orderIds("CLOSED", 10)).hasSize(2).allSatisfy(id -> assertThat(
                context.store().order(id).orElseThrow().order().status()).isEqualTo(OrderStatus.CLOSED));
    }

    @Test
    void linesPickedByHandGoToTheNewCheckAndTheRestStays(FxRobot robot) {
        page.pin("1111").openShift("150");
        page.dineIn().item("Cola").item("Espresso").item("Tomato Soup");

        page.pay().splitCheck().splitLine(1);
        assertThat(page.splitPreview()).isEqualTo("New check: €2.50 (1 line). Stays on A-001: €9.81.");
        page.confirmSplit();

        assertThat(page.payDue()).isEqualTo("Due €9.81");
        assertThat(context.store().openOrders()).extracting(v -> v.order().number()).containsExactly("A-001", "A-002");
        assertThat(context.store().openOrders().getLast().order().lines()).singleElement()
                .satisfies(l -> assertThat(l.name()).isEqualTo("Espresso"));
    }
}

package app.brigade.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.devices.emulator.EmulatedReceipt;
import app.brigade.model.catalog.TenderType;
import app.brigade.model.event.OrderRefunded;
import app.brigade.model.protocol.Event;
import app.brigade.store.query.OrderView;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The order history of paid orders: any receipt is printed again, marked REPRINT; any order is refunded
 * with a manager's PIN, back on the tender it was paid with.
 */
@ExtendWith(ApplicationExtension.class)
class ReprintFromHistoryTest {

    @TempDir
    static Path tempRoot;

    private static int counter;
    private PosTerminal pos;
    private PosPages page;

    @Start
    void start(Stage stage) throws Exception {
        pos = PosTerminal.start(stage, tempRoot.resolve("h" + (++counter)), "POS-H", true);
        page = pos.page;
    }

    @AfterEach
    void stop() throws Exception {
        pos.close();
    }

    @Test
    void anOlderPaidOrderIsReprintedFromTheHistory(FxRobot robot) throws Exception {
        page.pin("1111").openShift("100");
        page.takeout().item("Espresso").pay().cash();
        page.backToOrder().takeout().item("Cola").pay().cash();
        page.backToOrder().openChecks();
        List<EmulatedReceipt> before = pos.printer.awaitReceipts(2, Duration.ofSeconds(15));
        assertThat(before).noneMatch(r -> r.text().contains("REPRINT"));

        ListView<OrderView> paid = robot.lookup("#paid-list").queryListView();
        assertThat(paid.getItems()).extracting(v -> v.order().number()).as("newest first")
                .containsExactly("A-002", "A-001");
        robot.interact(() -> paid.getSelectionModel().select(1));
        robot.clickOn("#paid-reprint");
        page.waitUntil("#checks-message", m -> m.contains("printed again"));
        assertThat(page.text("#checks-message")).isEqualTo("Receipt of A-001 printed again");

        List<EmulatedReceipt> after = pos.printer.awaitReceipts(3, Duration.ofSeconds(15));
        assertThat(after.stream().filter(r -> r.text().contains("REPRINT"))).singleElement()
                .satisfies(again -> assertThat(again.text()).contains("A-001", "Espresso").doesNotContain("Cola"));
    }

    @Test
    void anOlderCardOrderIsRefundedFromTheHistoryToTheCardWithAManagerAsApprover(FxRobot robot) {
        page.pin("1111").openShift("100");
        page.takeout().item("Espresso").pay().card("VISA", "4242", "A1B2C3");
        page.backToOrder().takeout().item("Cola").pay().cash();
        page.backToOrder().openChecks();

        ListView<OrderView> paid = robot.lookup("#paid-list").queryListView();
        robot.interact(() -> paid.getSelectionModel().select(1)); // A-001, the espresso paid by card
        robot.clickOn("#paid-refund");
        page.reason("guest complaint").managerPin("9999");
        page.waitUntil("#checks-message", m -> m.startsWith("Refunded"));
        assertThat(page.text("#checks-message")).isEqualTo("Refunded €2.50 of A-001 (card)");

        Event refund = pos.context.store().events().stream().filter(e -> e.payload() instanceof OrderRefunded)
                .reduce((a, b) -> b).orElseThrow();
        OrderRefunded r = (OrderRefunded) refund.payload();
        assertThat(r.tenderType()).isEqualTo(TenderType.CARD);
        assertThat(r.amount()).isEqualTo(250);
        assertThat(r.reason()).isEqualTo("guest complaint");
        assertThat(refund.actorId()).isEqualTo("emp-carl");
        assertThat(refund.approverId()).isEqualTo("emp-maria");

        // a second refund of the same order is refused in the cashier's words; nothing more is recorded
        robot.interact(() -> paid.getSelectionModel().select(paid.getItems().stream()
                .filter(v -> v.order().number().equals("A-001")).findFirst().orElseThrow()));
        robot.clickOn("#paid-refund");
        page.reason("again").managerPin("9999");
        page.waitUntil("#checks-message", m -> m.contains("refunded in full already"));
        assertThat(pos.context.store().events().stream().filter(e -> e.payload() instanceof OrderRefunded)).hasSize(1);
    }
}

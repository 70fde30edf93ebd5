package app.brigade.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.devices.emulator.EmulatedReceipt;
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

/** Any paid order's receipt is printed again from the order history, marked REPRINT. */
@ExtendWith(ApplicationExtension.class)
class ReprintFromHistoryTest {

    @TempDir
    static Path tempRoot;

    private PosTerminal pos;
    private PosPages page;

    @Start
    void start(Stage stage) throws Exception {
        pos = PosTerminal.start(stage, tempRoot, "POS-H", true);
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
}

package app.brigade.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.brigade.model.catalog.Employee;
import app.brigade.model.event.OrderTransferred;
import app.brigade.model.protocol.Event;
import app.brigade.pos.app.PosContext;
import app.brigade.pos.service.PosException;
import app.brigade.store.query.OrderView;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Open checks handed from one employee to another on the real POS scene with a real store. */
@ExtendWith(ApplicationExtension.class)
class ChecksTransferTest {

    @TempDir
    static Path tempRoot;

    private static int counter;
    private Path dir;
    private PosTerminal pos;
    private PosContext context;
    private PosPages page;

    @Start
    void start(Stage stage) throws Exception {
        dir = tempRoot.resolve("c" + (++counter));
        pos = PosTerminal.start(stage, dir, "POS-C", false);
        context = pos.context;
        page = pos.page;
    }

    @AfterEach
    void stop() throws Exception {
        pos.close();
    }

    @Test
    void aCashierHandsTheirCheckToAColleagueAndSomeoneElsesCheckNeedsAManager(FxRobot robot) throws Exception {
        page.pin("1111").openShift("100"); // Carl
        page.takeout().item("Espresso");
        String orderId = context.service().openOrders().getFirst().order().id();

        robot.clickOn("#open-checks");
        page.settle();
        select(robot, "Clara");
        robot.clickOn("#checks-transfer-employee");
        page.settle();
        assertThat(robot.lookup("#manager-pin-pad").tryQuery()).as("his own check: no manager needed").isEmpty();
        awaitOwner(orderId, "emp-clara");
        assertThat(cellText(robot)).contains("Clara");
        assertThat(choices(robot)).as("kitchen staff cannot own a check").doesNotContain("Kim");

        // now it is Clara's check: Carl may not take it over without a manager
        select(robot, "Carl");
        robot.clickOn("#checks-transfer-employee");
        page.managerPin("1111");
        page.waitUntil("#checks-message", m -> m.contains("needs a manager"));
        assertThat(page.text("#checks-message")).contains("moving Clara's check to Carl needs a manager's PIN");
        assertThat(context.service().order(orderId).order().employeeId()).isEqualTo("emp-clara");

        robot.clickOn("#checks-transfer-employee");
        page.managerPin("9999");
        awaitOwner(orderId, "emp-carl");
        Event moved = context.store().events().stream().filter(e -> e.payload() instanceof OrderTransferred)
                .reduce((a, b) -> b).orElseThrow();
        assertThat(moved.actorId()).isEqualTo("emp-carl");
        assertThat(moved.approverId()).as("the manager who approved is recorded").isEqualTo("emp-maria");

        Employee carl = context.catalog().employee("emp-carl").orElseThrow();
        assertThatThrownBy(() -> context.service().transfer(carl, null, orderId, null, "emp-kim"))
                .as("the service refuses a cook even without the UI").isInstanceOf(PosException.class)
                .hasMessageContaining("not to Kim");
    }

    private void select(FxRobot robot, String employee) {
        robot.interact(() -> {
            robot.lookup("#checks-list").queryAs(ListView.class).getSelectionModel().select(0);
            @SuppressWarnings("unchecked")
            ChoiceBox<Employee> box = robot.lookup("#checks-employee").queryAs(ChoiceBox.class);
            box.setValue(box.getItems().stream().filter(e -> e.name().equals(employee)).findFirst().orElseThrow());
        });
    }

    private static List<String> choices(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ChoiceBox<Employee> box = robot.lookup("#checks-employee").queryAs(ChoiceBox.class);
        return box.getItems().stream().map(Employee::name).toList();
    }

    private static String cellText(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<OrderView> list = robot.lookup("#checks-list").queryAs(ListView.class);
        return robot.lookup("#checks-list .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getItem() != null && c.getItem() == list.getItems().getFirst())
                .map(c -> c.getText()).findFirst().orElse("");
    }

    private void awaitOwner(String orderId, String employeeId) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> employeeId.equals(context.service().order(orderId).order().employeeId()));
        page.settle();
    }
}

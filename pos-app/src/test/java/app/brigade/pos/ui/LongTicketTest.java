package app.brigade.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A check longer than the ticket panel: each tap's line scrolls into view, so the cashier sees it land. */
@ExtendWith(ApplicationExtension.class)
class LongTicketTest {

    @TempDir
    static Path tempRoot;

    private static int counter;
    private PosTerminal pos;
    private PosPages page;

    @Start
    void start(Stage stage) throws Exception {
        pos = PosTerminal.start(stage, tempRoot.resolve("t" + (++counter)), "POS-L", false);
        page = pos.page;
    }

    @AfterEach
    void stop() throws Exception {
        pos.close();
    }

    @Test
    void theLineJustRungUpIsOnScreenOnALongCheck(FxRobot robot) {
        page.pin("1111").openShift("100").takeout();
        for (int i = 0; i < 25; i++) {
            page.item("Espresso");
        }
        page.item("Lemonade");

        ListView<?> ticket = robot.lookup("#ticket").queryAs(ListView.class);
        assertThat(ticket.getItems()).hasSize(26);
        Bounds viewport = ticket.localToScene(ticket.getLayoutBounds());
        assertThat(robot.lookup("#ticket .list-cell").queryAllAs(ListCell.class))
                .filteredOn(c -> c.getText() != null && c.getText().contains("Lemonade"))
                .as("the Lemonade cell is laid out inside the ticket's viewport")
                .anySatisfy(c -> {
                    Bounds cell = c.localToScene(c.getLayoutBounds());
                    assertThat(c.isVisible()).isTrue();
                    assertThat(cell.getMinY()).isGreaterThanOrEqualTo(viewport.getMinY() - 0.5);
                    assertThat(cell.getMaxY()).isLessThanOrEqualTo(viewport.getMaxY() + 0.5);
                });
    }
}

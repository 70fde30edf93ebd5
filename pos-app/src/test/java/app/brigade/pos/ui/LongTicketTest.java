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

        assertLemonadeOnScreen(robot, 26);
    }

    @Test
    void rapidTapsOnALongCheckEndWithTheLastLineOnScreen(FxRobot robot) {
        page.pin("1111").openShift("100").takeout();
        page.tapRapidly("Espresso", 30);
        page.tapRapidly("Lemonade", 1);
        page.tapRapidly("Espresso", 3).tapRapidly("Lemonade", 1);

        assertLemonadeOnScreen(robot, 35);
    }

    /** The last line of the ticket (the Lemonade just rung up) has a visible cell inside the viewport. */
    private void assertLemonadeOnScreen(FxRobot robot, int lines) {
        ListView<?> ticket = robot.lookup("#ticket").queryAs(ListView.class);
        assertThat(ticket.getItems()).hasSize(lines);
        Bounds viewport = ticket.localToScene(ticket.getLayoutBounds());
        assertThat(robot.lookup("#ticket .list-cell").queryAllAs(ListCell.class))
                .filteredOn(c -> c.getIndex() == lines - 1 && c.isVisible() && !c.isEmpty())
                .as("the last line's cell (the Lemonade) is laid out inside the ticket's viewport")
                .anySatisfy(c -> {
                    Bounds cell = c.localToScene(c.getLayoutBounds());
                    assertThat(c.getText()).contains("Lemonade");
                    assertThat(cell.getMinY()).isGreaterThanOrEqualTo(viewport.getMinY() - 0.5);
                    assertThat(cell.getMaxY()).isLessThanOrEqualTo(viewport.getMaxY() + 0.5);
                });
    }
}

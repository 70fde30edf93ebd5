package app.brigade.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.devices.emulator.EmulatedReceipt;
import app.brigade.model.event.FiredTicket;
import app.brigade.model.event.OrderFired;
import app.brigade.model.event.TicketLine;
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
 * A note goes with the item rung up after it ("no ice" with the cola): it shows on the ticket line, reaches
 * the kitchen ticket and chit on that line only, and a card number typed as a note is refused.
 */
@ExtendWith(ApplicationExtension.class)
class LineNoteTest {

    @TempDir
    static Path tempRoot;

    private static int counter;
    private PosTerminal pos;
    private PosContext context;
    private PosPages page;

    @Start
    void start(Stage stage) throws Exception {
        pos = PosTerminal.start(stage, tempRoot.resolve("n" + (++counter)), "POS-N", true);
        context = pos.context;
        page = pos.page;
    }

    @AfterEach
    void stop() throws Exception {
        pos.close();
    }

    @Test
    void aNoteGoesWithTheNextItemToTheTicketLineAndTheKitchen(FxRobot robot) throws Exception {
        page.pin("1111").openShift("100").takeout();
        robot.clickOn("#line-note");
        page.reason("4111 1111 1111 1111");
        assertThat(page.orderMessage()).contains("looks like a card number");
        assertThat(page.text("#next-note")).isEmpty();

        robot.clickOn("#line-note");
        page.reason("no ice");
        assertThat(page.text("#next-note")).isEqualTo("Next item: no ice");
        page.item("Cola");
        assertThat(page.text("#next-note")).as("the note was used by the cola").isEmpty();
        page.item("Espresso").send();

        List<String> shown = robot.lookup("#ticket").queryListView().getItems().stream().map(Object::toString).toList();
        assertThat(shown).hasSize(2);
        OrderFired fired = context.store().events().stream().map(e -> e.payload())
                .filter(OrderFired.class::isInstance).map(OrderFired.class::cast).findFirst().orElseThrow();
        List<TicketLine> lines = fired.tickets().stream().map(FiredTicket::lines).flatMap(List::stream).toList();
        assertThat(lines).extracting(TicketLine::name, TicketLine::note)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Cola", "no ice"),
                        org.assertj.core.groups.Tuple.tuple("Espresso", ""));
        assertThat(context.store().events().toString()).doesNotContain("4111");
        List<EmulatedReceipt> chits = pos.printer.awaitReceipts(1, Duration.ofSeconds(15));
        assertThat(chits.stream().map(EmulatedReceipt::text).toList()).anySatisfy(t -> assertThat(t).contains("no ice"));
    }
}

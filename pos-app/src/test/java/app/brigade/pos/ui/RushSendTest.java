package app.brigade.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.devices.emulator.EmulatedReceipt;
import app.brigade.devices.emulator.PrinterEmulator;
import app.brigade.model.event.OrderFired;
import app.brigade.pos.app.PosContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The cashier rushes a send: the kitchen chit and the kitchen ticket say RUSH; the next send is normal again. */
@ExtendWith(ApplicationExtension.class)
class RushSendTest {

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
        dir = tempRoot.resolve("r" + (++counter));
        pos = PosTerminal.start(stage, dir, "POS-R", true);
        context = pos.context;
        page = pos.page;
        emulator = pos.printer;
    }

    @AfterEach
    void stop() throws Exception {
        pos.close();
    }

    @Test
    void aRushedSendIsFlaggedOnTheChitAndTheTicketAndOnlyThatSend(FxRobot robot) throws Exception {
        page.pin("1111").openShift("100");
        page.takeout().item("Classic Burger").modifiers("don-medium", "side-fries");
        robot.clickOn("#rush");
        page.send();
        assertThat(page.orderMessage()).isEqualTo("Sent to the kitchen — RUSH");
        assertThat(robot.lookup("#rush").queryAs(ToggleButton.class).isSelected()).as("rush is for one send").isFalse();

        page.item("Classic Burger").modifiers("don-medium", "side-fries").send();
        assertThat(page.orderMessage()).isEqualTo("Sent to the kitchen");

        List<EmulatedReceipt> chits = emulator.awaitReceipts(2, Duration.ofSeconds(15));
        assertThat(chits.get(0).text()).contains("GRILL", "RUSH");
        assertThat(chits.get(1).text()).contains("GRILL", "ADD-ON").doesNotContain("RUSH");
        List<Boolean> fires = context.store().events().stream().map(e -> e.payload())
                .filter(OrderFired.class::isInstance).map(f -> ((OrderFired) f).rush()).toList();
        assertThat(fires).containsExactly(true, false);
        assertThat(context.store().tickets("grill")).extracting(t -> t.ticket().rush()).containsExactly(true, false);
    }
}

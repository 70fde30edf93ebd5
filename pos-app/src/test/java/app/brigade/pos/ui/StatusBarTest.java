package app.brigade.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The status bar on every screen: the real printer state as the emulated printer reports it (ready, paper
 * out, ready again), terminal, employee and clock; and the whole terminal in German with € and comma
 * decimals, which proves those texts come from the bundles and the amounts from the locale.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the first terminal started is English, the second German
class StatusBarTest {

    @TempDir
    static Path tempRoot;

    private static int counter;
    private PosTerminal pos;
    private PosPages page;

    @Start
    void start(Stage stage) throws Exception {
        int n = ++counter;
        pos = PosTerminal.start(stage, tempRoot.resolve("s" + n), "POS-S", true, n == 1 ? "en-US" : "de-DE");
        page = pos.page;
    }

    @AfterEach
    void stop() throws Exception {
        pos.close();
    }

    @Test
    @Order(1)
    void thePrinterStateFollowsThePrinterAndTheBarNamesTerminalEmployeeAndTime(FxRobot robot) {
        page.waitUntil("#status-printer", t -> t.equals("Printer ready"));
        assertThat(page.text("#status-terminal")).contains("POS-S");
        assertThat(page.text("#status-clock")).matches(".*\\d{1,2}:\\d{2}.*");
        page.pin("1111").openShift("100");
        assertThat(page.text("#status-employee")).contains("Carl");

        pos.printer.controls().paperEnd(true);
        page.waitUntil("#status-printer", t -> t.equals("Printer: paper out"));
        pos.printer.controls().paperEnd(false);
        page.waitUntil("#status-printer", t -> t.equals("Printer ready"));
    }

    @Test
    @Order(2)
    void inGermanTheTerminalSpeaksGermanAndShowsEurosWithCommaDecimals(FxRobot robot) {
        page.waitUntil("#status-printer", t -> t.equals("Drucker bereit"));
        page.pin("1111").openShift("100").takeout().item("Espresso");
        assertThat(page.due()).contains("2,50\u00a0€").doesNotContain("Due");
        assertThat(robot.lookup("#line-note").queryButton().getText()).isEqualTo("Notiz");
    }
}

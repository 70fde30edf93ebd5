package app.brigade.ui.setup;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Page object for the first-run wizard: what the person setting up a terminal does, in their terms. */
public final class SetupPage {

    private final FxRobot robot;

    public SetupPage(FxRobot robot) {
        this.robot = robot;
    }

    /** Waits until the wizard is on screen. */
    public SetupPage shown() {
        waitFor(() -> robot.lookup("#setup-wizard").tryQuery().isPresent(), "the setup wizard");
        return this;
    }

    public SetupPage name(String name) {
        replace("#setup-name", name);
        return this;
    }

    public SetupPage url(String url) {
        replace("#setup-url", url);
        return this;
    }

    public SetupPage code(String code) {
        replace("#setup-code", code);
        return this;
    }

    public SetupPage standalone() {
        robot.clickOn("#setup-standalone");
        settle();
        return this;
    }

    public SetupPage testConnection() {
        robot.clickOn("#setup-test");
        settle();
        return this;
    }

    public SetupPage enroll() {
        robot.clickOn("#setup-enroll");
        settle();
        return this;
    }

    public String result() {
        return label("#setup-result");
    }

    public String nameError() {
        return label("#setup-name-error");
    }

    public String urlError() {
        return label("#setup-url-error");
    }

    public String codeError() {
        return label("#setup-code-error");
    }

    public String field(String id) {
        return robot.lookup("#setup-" + id).queryAs(TextField.class).getText();
    }

    /** Waits until the wizard has finished what it was doing (or has handed over to the app). */
    public void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(() -> {
            WaitForAsyncUtils.waitForFxEvents();
            return robot.lookup("#setup-progress").tryQuery().map(n -> !n.isVisible()).orElse(true);
        }, "the wizard to finish");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void replace(String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String label(String query) {
        Node n = robot.lookup(query).query();
        return n.isVisible() ? ((Label) n).getText() : "";
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited 90 s for " + what, e);
        }
    }
}

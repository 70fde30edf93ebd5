package app.brigade.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.catalog.Catalog;
import app.brigade.model.catalog.Item;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Page objects for the POS screens: what a cashier does, in their terms. */
public final class PosPages {

    private final FxRobot robot;
    private final Catalog catalog;
    private final java.util.function.BooleanSupplier idle;

    /** {@code idle} says when no background work is in flight (the UI executor's counter is zero). */
    public PosPages(FxRobot robot, Catalog catalog, java.util.function.BooleanSupplier idle) {
        this.robot = robot;
        this.catalog = catalog;
        this.idle = idle;
    }

    // ---- login -------------------------------------------------------------------------------
    public PosPages pin(String pin) {
        for (char c : pin.toCharArray()) {
            robot.clickOn("#pin-" + c);
        }
        robot.clickOn("#pin-ok");
        settle();
        return this;
    }

    /** Types the PIN on the keyboard (keyboard-only use) and presses Enter. */
    public PosPages pinByKeyboard(String pin) {
        for (char c : pin.toCharArray()) {
            robot.type(KeyCode.getKeyCode(String.valueOf(c)));
        }
        robot.type(KeyCode.ENTER);
        settle();
        return this;
    }

    public String loginMessage() {
        return text("#login-message");
    }

    // ---- shift -------------------------------------------------------------------------------
    public PosPages openShift(String floatAmount) {
        waitFor("#float-amount");
        robot.clickOn("#float-amount").write(floatAmount);
        robot.clickOn("#open-shift");
        settle();
        waitFor("#order-screen");
        return this;
    }

    // ---- order -------------------------------------------------------------------------------
    public PosPages dineIn() {
        robot.clickOn("#new-dine-in");
        settle();
        return this;
    }

    public PosPages takeout() {
        robot.clickOn("#new-takeout");
        settle();
        return this;
    }

    public PosPages item(String name) {
        Item item = catalog.items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
        robot.clickOn("#cat-" + item.categoryId());
        robot.clickOn("#item-" + item.id());
        settle();
        return this;
    }

    /** Taps an item {@code times} times as fast as a finger can, without waiting for any save in between. */
    public PosPages tapRapidly(String name, int times) {
        Item item = catalog.items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
        robot.clickOn("#cat-" + item.categoryId());
        javafx.scene.control.ButtonBase button = robot.lookup("#item-" + item.id())
                .queryAs(javafx.scene.control.ButtonBase.class);
        for (int i = 0; i < times; i++) {
            // a tap every 25 ms, quicker than the robot's mouse: taps land while earlier saves are in flight
            javafx.application.Platform.runLater(button::fire);
            WaitForAsyncUtils.sleep(25, TimeUnit.MILLISECONDS);
        }
        settle();
        return this;
    }

    /** Picks modifiers in the open modifier dialog and confirms. */
    public PosPages modifiers(String... modifierIds) {
        waitFor("#modifier-dialog");
        for (String id : modifierIds) {
            robot.clickOn("#mod-" + id);
        }
        robot.clickOn("#modifier-ok");
        settle();
        return this;
    }

    public boolean modifierOkDisabled() {
        return robot.lookup("#modifier-ok").query().isDisabled();
    }

    public PosPages send() {
        robot.clickOn("#send");
        settle();
        return this;
    }

    public PosPages selectLine(int index) {
        robot.interact(() -> robot.lookup("#ticket").queryListView().getSelectionModel().select(index));
        settle();
        return this;
    }

    public PosPages voidLine(String reason) {
        robot.clickOn("#void-line");
        reason(reason);
        return this;
    }

    public PosPages reason(String reason) {
        waitFor("#reason-field");
        robot.clickOn("#reason-field").write(reason);
        robot.type(KeyCode.ENTER);
        settle();
        return this;
    }

    public PosPages managerPin(String pin) {
        waitFor("#manager-pin-pad");
        for (char c : pin.toCharArray()) {
            robot.clickOn("#manager-pin-pad #pin-" + c);
        }
        robot.clickOn("#manager-pin-pad #pin-ok");
        settle();
        return this;
    }

    public String orderMessage() {
        return text("#order-message");
    }

    public String due() {
        return text("#total-due");
    }

    public String header() {
        return text("#order-header");
    }

    public int ticketLines() {
        return robot.lookup("#ticket").queryListView().getItems().size();
    }

    public PosPages pay() {
        robot.clickOn("#pay");
        settle();
        waitFor("#payment-screen");
        return this;
    }

    // ---- payment -----------------------------------------------------------------------------
    public PosPages amount(String text) {
        robot.clickOn("#pay-amount").write(text);
        return this;
    }

    public PosPages cash() {
        robot.clickOn("#pay-cash");
        settle();
        return this;
    }

    public PosPages card(String brand, String last4, String auth) {
        robot.clickOn("#card-brand").write(brand);
        robot.clickOn("#card-last4").write(last4);
        robot.clickOn("#card-auth").write(auth);
        robot.clickOn("#pay-card");
        settle();
        return this;
    }

    public String change() {
        return text("#pay-change");
    }

    public String payMessage() {
        return text("#pay-message");
    }

    public String payDue() {
        return text("#pay-due");
    }

    public PosPages backToOrder() {
        robot.clickOn("#pay-back");
        settle();
        return this;
    }

    // ---- seats and split checks --------------------------------------------------------------
    /** Rings up the next lines for {@code seat} (0 = the table, no seat). */
    public PosPages seat(int seat) {
        robot.clickOn("#seat-" + seat);
        return this;
    }

    /** Opens the split-check dialog from the pay screen. */
    public PosPages splitCheck() {
        robot.clickOn("#split-check");
        waitFor("#split-dialog");
        return this;
    }

    public PosPages splitSeat(int seat) {
        robot.clickOn("#split-seat-" + seat);
        return this;
    }

    /** Ticks or unticks line {@code index} (ticket order) in the split dialog. */
    public PosPages splitLine(int index) {
        robot.clickOn("#split-line-" + index);
        return this;
    }

    public String splitPreview() {
        return text("#split-preview");
    }

    public PosPages confirmSplit() {
        robot.clickOn("#split-ok");
        settle();
        return this;
    }

    // ---- open checks -------------------------------------------------------------------------
    public PosPages openChecks() {
        robot.clickOn("#open-checks");
        settle();
        waitFor("#checks-screen");
        return this;
    }

    /** The open checks listed, by order number. */
    public java.util.List<String> checkNumbers() {
        javafx.scene.control.ListView<app.brigade.store.query.OrderView> list = robot.lookup("#checks-list")
                .queryListView();
        return list.getItems().stream().map(v -> v.order().number()).toList();
    }

    public PosPages resumeCheck(String number) {
        javafx.scene.control.ListView<app.brigade.store.query.OrderView> list = robot.lookup("#checks-list")
                .queryListView();
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(v -> v.order().number().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("check " + number + " is not in open checks"))));
        robot.clickOn("#checks-resume");
        settle();
        waitUntil("#order-header", h -> h.startsWith(number));
        return this;
    }

    // ---- manager / shift close ---------------------------------------------------------------
    public PosPages manager() {
        robot.clickOn("#manager");
        settle();
        return this;
    }

    public PosPages gotoCloseShift() {
        robot.clickOn("#goto-close-shift");
        settle();
        return this;
    }

    public PosPages count(long denomination, int count) {
        robot.clickOn("#count-" + denomination).write(String.valueOf(count));
        return this;
    }

    public PosPages closeShift() {
        robot.clickOn("#close-shift");
        settle();
        return this;
    }

    public String shiftResult() {
        return text("#shift-result");
    }

    // ---- helpers -----------------------------------------------------------------------------
    public String text(String query) {
        Node n = robot.lookup(query).query();
        return n instanceof Label l ? l.getText() : ((TextField) n).getText();
    }

    public void waitFor(String query) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("nothing matching " + query + " appeared within 10 s", e);
        }
    }

    /** Waits until background work has finished and delivered its results to the FX thread. */
    public void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return idle.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("background work did not finish within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits for a label to satisfy {@code condition}, returning as soon as it does. 30 s because some states
     * come from devices polled every few seconds (the printer: every 5 s, 1 s timeout) on a loaded 2-core
     * machine. (A 10 s wait that failed once turned out to be a real bug: a status listener added after the
     * printer's first answer heard nothing; {@code PrinterQueue.addStatusListener} now replays the status.)
     */
    public void waitUntil(String query, java.util.function.Predicate<String> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent()
                    && condition.test(text(query)));
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(text(query)).as(query + " never satisfied the condition").isEqualTo("(condition)");
        }
    }
}

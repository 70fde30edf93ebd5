package app.brigade.kds.ui;

import app.brigade.kds.allday.AllDayRow;
import app.brigade.kds.card.TicketCard;
import app.brigade.kds.expo.ExpoCard;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Page objects for the kitchen display: what a cook sees and does, in their terms. */
public final class KdsPages {

    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass VOIDED = PseudoClass.getPseudoClass("voided");
    private static final PseudoClass ALLERGY = PseudoClass.getPseudoClass("allergy");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass CANCELLED = PseudoClass.getPseudoClass("cancelled");

    private final FxRobot robot;

    public KdsPages(FxRobot robot) {
        this.robot = robot;
    }

    // ---- board -------------------------------------------------------------------------------
    public Optional<TicketCard> card(String orderNumber) {
        return robot.lookup(".ticket-card").queryAllAs(Node.class).stream()
                .filter(n -> n instanceof TicketCard c && c.isVisible() && c.getParent() != null
                        && c.model().ticket().orderNumber().equals(orderNumber))
                .map(TicketCard.class::cast).findFirst();
    }

    public List<String> cardsOnScreen() {
        return robot.lookup(".ticket-card").queryAllAs(Node.class).stream()
                .filter(n -> n instanceof TicketCard c && c.isVisible() && c.getParent() != null)
                .map(n -> ((TicketCard) n).model().ticket().orderNumber()).toList();
    }

    public KdsPages waitForCard(String orderNumber) {
        waitUntil("card " + orderNumber + " on screen", () -> card(orderNumber).isPresent());
        return this;
    }

    public KdsPages waitForNoCard(String orderNumber) {
        waitUntil("card " + orderNumber + " gone", () -> card(orderNumber).isEmpty());
        return this;
    }

    /** Every text on the card, header and lines, in order. */
    public List<String> texts(String orderNumber) {
        return labels(card(orderNumber).orElseThrow()).stream().map(Labeled::getText).toList();
    }

    public Labeled line(String orderNumber, String textPart) {
        return labels(card(orderNumber).orElseThrow()).stream()
                .filter(l -> l.getStyleClass().stream().anyMatch(s -> s.startsWith("ticket-"))
                        && l.getText().contains(textPart))
                .findFirst().orElseThrow(() -> new AssertionError("no line '" + textPart + "' on " + orderNumber
                        + ": " + texts(orderNumber)));
    }

    public boolean struck(String orderNumber, String item) {
        Labeled l = line(orderNumber, item);
        return l.getPseudoClassStates().contains(DONE) || l.getPseudoClassStates().contains(VOIDED);
    }

    public boolean voided(String orderNumber, String item) {
        Labeled l = line(orderNumber, item);
        return l.getPseudoClassStates().contains(VOIDED) && l.getText().startsWith("VOID");
    }

    public boolean allergyHighlighted(String orderNumber, String note) {
        return line(orderNumber, note).getPseudoClassStates().contains(ALLERGY);
    }

    public boolean selected(String orderNumber) {
        return card(orderNumber).orElseThrow().getPseudoClassStates().contains(SELECTED);
    }

    public boolean cancelCard(String orderNumber) {
        return card(orderNumber).orElseThrow().getPseudoClassStates().contains(CANCELLED);
    }

    public KdsPages tapItem(String orderNumber, String item) {
        robot.clickOn(line(orderNumber, item));
        settle();
        return this;
    }

    public KdsPages tapHeader(String orderNumber) {
        robot.clickOn("#card-header-" + card(orderNumber).orElseThrow().model().ticketId());
        settle();
        return this;
    }

    public KdsPages press(KeyCode... keys) {
        for (KeyCode k : keys) {
            robot.type(k);
            settle();
        }
        return this;
    }

    public KdsPages openRecall() {
        robot.clickOn("#recall-toggle");
        settle();
        return this;
    }

    public List<String> recallEntries() {
        return robot.lookup("#recall-list .recall-entry").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
    }

    public KdsPages tapRecall(String orderNumber) {
        robot.clickOn(robot.lookup("#recall-list .recall-entry").queryAllAs(Labeled.class).stream()
                .filter(l -> l.getText().startsWith(orderNumber + " ")).findFirst().orElseThrow());
        settle();
        return this;
    }

    public String text(String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    // ---- all day -----------------------------------------------------------------------------
    public int allDay(String item) {
        return robot.lookup("#allday .allday-row").queryAllAs(Node.class).stream()
                .map(n -> (AllDayRow) n.getUserData()).filter(r -> r.name().equals(item))
                .mapToInt(AllDayRow::quantity).sum();
    }

    // ---- expo --------------------------------------------------------------------------------
    public Optional<ExpoCard> expoCard(String orderId) {
        return robot.lookup("#expo-" + orderId).tryQueryAs(ExpoCard.class);
    }

    public String expoProgress(String orderId, String station) {
        return text("#expo-progress-" + orderId + "-" + station);
    }

    // ---- helpers -----------------------------------------------------------------------------
    private static List<Labeled> labels(Node root) {
        List<Labeled> out = new java.util.ArrayList<>();
        collect(root, out);
        return out;
    }

    /** The labels a cook can see: hidden ones (spare pooled lines, badges not in use) are not on the card. */
    private static void collect(Node n, List<Labeled> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l) {
            out.add(l);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    public void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("never true: " + what, e);
        }
    }

    /** Lets background work deliver its results to the FX thread. */
    public void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }
}

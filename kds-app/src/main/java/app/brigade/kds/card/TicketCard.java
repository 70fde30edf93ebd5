package app.brigade.kds.card;

import app.brigade.model.kitchen.TicketAge;
import app.brigade.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * One ticket on the board: header (position key, order number, type and table, server, timer,
 * badges) and the items with modifiers and notes. Age, selection and state are CSS pseudo-classes;
 * items that do not fit show a "more" marker instead of spilling over the next card.
 */
public final class TicketCard extends VBox {

    public static final String STYLE_CLASS = "ticket-card";
    private static final PseudoClass WARN = PseudoClass.getPseudoClass("warn");
    private static final PseudoClass LATE = PseudoClass.getPseudoClass("late");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass CANCELLED = PseudoClass.getPseudoClass("cancelled");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass VOIDED = PseudoClass.getPseudoClass("voided");
    private static final PseudoClass ALLERGY = PseudoClass.getPseudoClass("allergy");

    private final Messages messages;
    private final CardActions actions;
    private final java.util.function.Function<String, String> stationName;
    private final Label position = new Label();
    private final Label number = new Label();
    private final Label timer = new Label();
    private final Label sub = new Label();
    private final FlowPane badges = new FlowPane(6, 4);
    private final VBox body = new VBox();
    private final Label more = new Label();
    private final VBox header;
    private final List<Label> pool = new ArrayList<>();
    private final Label cancelBadge;
    private final Label rushBadge;
    private final Label addOnBadge;
    private final Label recalledBadge;
    private CardModel model;
    private TicketAge age;

    /** {@code stationName} gives the station shown on the card, or null when the screen has one station. */
    public TicketCard(CardModel model, Messages messages, CardActions actions,
            java.util.function.Function<String, String> stationName) {
        this.messages = messages;
        this.actions = actions;
        this.stationName = stationName;
        getStyleClass().add(STYLE_CLASS);
        position.getStyleClass().add("card-position");
        number.getStyleClass().add("card-number");
        timer.getStyleClass().add("card-timer");
        sub.getStyleClass().add("card-sub");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(8, position, number, grow, timer);
        top.setAlignment(Pos.CENTER_LEFT);
        header = new VBox(top, sub, badges);
        header.getStyleClass().add("card-header");
        header.setOnMouseClicked(e -> actions.header(this.model.ticketId()));
        body.getStyleClass().add("card-body");
        body.setMinHeight(0);
        cancelBadge = badge("kds.badge.cancelled", "cancel");
        rushBadge = badge("kds.badge.rush", "rush");
        addOnBadge = badge("kds.badge.addon", "addon");
        recalledBadge = badge("kds.badge.recalled", "recalled");
        badges.getChildren().addAll(cancelBadge, rushBadge, addOnBadge, recalledBadge);
        more.setText(messages.get("kds.more"));
        more.getStyleClass().add("card-more");
        more.setVisible(false);
        Fit clipped = new Fit(body, more);
        VBox.setVgrow(clipped, Priority.ALWAYS);
        getChildren().addAll(header, clipped);
        setMinSize(0, 0);
        update(model);
    }

    public CardModel model() {
        return model;
    }

    /**
     * Shows a new state of the ticket, or another ticket (a board slot is reused across page turns);
     * does nothing when nothing changed.
     */
    public void update(CardModel next) {
        if (next.equals(model)) {
            return;
        }
        if (model == null || !model.ticketId().equals(next.ticketId())) {
            setId("card-" + next.ticketId());
            number.setId("card-number-" + next.ticketId());
            header.setId("card-header-" + next.ticketId());
            age = null;
        }
        model = next;
        pseudoClassStateChanged(CANCELLED, next.cancelled());
        var t = next.ticket();
        number.setText(t.orderNumber());
        List<String> parts = new ArrayList<>();
        if (stationName != null) {
            parts.add(stationName.apply(t.stationId()));
        }
        if (t.orderType() != null) {
            parts.add(messages.get("kds.type." + t.orderType().name()));
        }
        if (!t.tableName().isBlank()) {
            parts.add(messages.format("kds.table", t.tableName()));
        }
        if (!t.employeeName().isBlank()) {
            parts.add(messages.format("kds.server", t.employeeName()));
        }
        sub.setText(String.join(" · ", parts));
        show(cancelBadge, next.cancelled());
        show(rushBadge, next.rush());
        show(addOnBadge, t.addOn());
        show(recalledBadge, next.recallCount() > 0);
        lines(next);
    }

    /** Shows or hides a node without taking it out of the scene (re-adding re-applies its CSS). */
    private static void show(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    /** The clock moved: timer text and age colour. */
    public void tick(String elapsed, TicketAge newAge) {
        timer.setText(elapsed);
        if (newAge != age) {
            age = newAge;
            pseudoClassStateChanged(WARN, newAge == TicketAge.WARN);
            pseudoClassStateChanged(LATE, newAge == TicketAge.LATE);
        }
    }

    /** The key that selects this card on the bump bar (1…9, 0), or blank. */
    public void position(String key) {
        position.setText(key);
        position.setVisible(!key.isEmpty());
    }

    public void selected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    /**
     * Fills the body with the ticket's lines. The line labels are a pool kept in the scene: a label is
     * re-texted and re-styled in place, and the ones not needed are hidden, so a card showing another
     * ticket creates no nodes once the pool is big enough.
     */
    private void lines(CardModel m) {
        int used = 0;
        if (m.cancelled()) {
            Label hint = line(used++, "card-cancel-hint", messages.get("kds.cancel.hint"));
            hint.setId("cancel-hint-" + m.ticketId());
        }
        int course = -1;
        boolean courses = m.items().stream().mapToInt(ItemModel::course).distinct().count() > 1;
        for (ItemModel i : m.items()) {
            if (courses && i.course() != course) {
                course = i.course();
                line(used++, "ticket-course", messages.format("kds.course", course));
            }
            boolean struck = m.cancelled() || i.voided();
            StringBuilder text = new StringBuilder();
            if (i.voided()) {
                text.append(messages.get("kds.void")).append("  ");
            }
            if (i.seat() > 0) {
                text.append(messages.format("kds.seat", i.seat())).append("  ");
            }
            text.append(i.quantity()).append(" × ").append(i.name());
            Label item = line(used++, "ticket-item", text.toString());
            item.setId("item-" + m.ticketId() + "-" + i.lineId());
            item.pseudoClassStateChanged(DONE, i.done() && !struck);
            item.pseudoClassStateChanged(VOIDED, struck);
            String ticketId = m.ticketId();
            String lineId = i.lineId();
            item.setOnMouseClicked(e -> actions.item(ticketId, lineId));
            for (String mod : i.modifiers()) {
                detail(line(used++, "ticket-modifier", "• " + mod), i, struck, false);
            }
            if (!i.note().isBlank()) {
                detail(line(used++, "ticket-note", (i.allergy() ? "⚠ " : "» ") + i.note()), i, struck,
                        i.allergy());
            }
        }
        for (int k = used; k < pool.size(); k++) {
            Label spare = pool.get(k);
            if (spare.isManaged()) {
                show(spare, false);
                spare.setId(null);
                spare.setOnMouseClicked(null);
            }
        }
    }

    /** Label {@code index} of the pool, shown, with {@code styleClass} as its only style class and no state. */
    private Label line(int index, String styleClass, String text) {
        Label l;
        if (index < pool.size()) {
            l = pool.get(index);
        } else {
            l = new Label();
            l.setMaxWidth(Double.MAX_VALUE);
            pool.add(l);
            body.getChildren().add(l);
        }
        if (l.getStyleClass().size() != 1 || !l.getStyleClass().getFirst().equals(styleClass)) {
            l.getStyleClass().setAll(styleClass);
        }
        l.setText(text);
        l.setId(null);
        l.setOnMouseClicked(null);
        l.pseudoClassStateChanged(DONE, false);
        l.pseudoClassStateChanged(VOIDED, false);
        l.pseudoClassStateChanged(ALLERGY, false);
        if (!l.isManaged()) {
            show(l, true);
        }
        return l;
    }

    private static void detail(Label l, ItemModel i, boolean struck, boolean allergy) {
        l.pseudoClassStateChanged(DONE, i.done() && !struck);
        l.pseudoClassStateChanged(VOIDED, struck);
        l.pseudoClassStateChanged(ALLERGY, allergy);
    }

    private Label badge(String key, String style) {
        Label b = new Label(messages.get(key));
        b.getStyleClass().addAll("card-badge", style);
        return b;
    }

    /** Lays the items out at their natural height, clips what does not fit and shows "more" then. */
    private static final class Fit extends Region {
        private final Region content;
        private final Label more;

        Fit(Region content, Label more) {
            this.content = content;
            this.more = more;
            getChildren().addAll(content, more);
            Rectangle clip = new Rectangle();
            clip.widthProperty().bind(widthProperty());
            clip.heightProperty().bind(heightProperty());
            setClip(clip);
            setMinSize(0, 0);
        }

        @Override
        protected double computePrefHeight(double width) {
            return content.prefHeight(width);
        }

        @Override
        protected double computePrefWidth(double height) {
            return content.prefWidth(height);
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double h = content.prefHeight(w);
            content.resizeRelocate(0, 0, w, h);
            boolean overflow = h > getHeight() + 1;
            more.setVisible(overflow);
            if (overflow) {
                more.autosize();
                more.relocate(w - more.getWidth(), getHeight() - more.getHeight());
            }
        }
    }
}

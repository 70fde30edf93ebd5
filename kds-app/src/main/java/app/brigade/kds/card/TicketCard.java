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
    private CardModel model;
    private TicketAge age;

    /** {@code stationName} gives the station shown on the card, or null when the screen has one station. */
    public TicketCard(CardModel model, Messages messages, CardActions actions,
            java.util.function.Function<String, String> stationName) {
        this.messages = messages;
        this.actions = actions;
        this.stationName = stationName;
        getStyleClass().add(STYLE_CLASS);
        setId("card-" + model.ticketId());
        position.getStyleClass().add("card-position");
        number.getStyleClass().add("card-number");
        number.setId("card-number-" + model.ticketId());
        timer.getStyleClass().add("card-timer");
        sub.getStyleClass().add("card-sub");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(8, position, number, grow, timer);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(top, sub, badges);
        header.getStyleClass().add("card-header");
        header.setId("card-header-" + model.ticketId());
        header.setOnMouseClicked(e -> actions.header(this.model.ticketId()));
        body.getStyleClass().add("card-body");
        body.setMinHeight(0);
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

    /** Shows a new state of the ticket; does nothing when it did not change. */
    public void update(CardModel next) {
        if (next.equals(model)) {
            return;
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
        badges.getChildren().clear();
        if (next.cancelled()) {
            badges.getChildren().add(badge("kds.badge.cancelled", "cancel"));
        }
        if (next.rush()) {
            badges.getChildren().add(badge("kds.badge.rush", "rush"));
        }
        if (t.addOn()) {
            badges.getChildren().add(badge("kds.badge.addon", "addon"));
        }
        if (next.recallCount() > 0) {
            badges.getChildren().add(badge("kds.badge.recalled", "recalled"));
        }
        body.getChildren().setAll(lines(next));
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

    private List<Node> lines(CardModel m) {
        List<Node> out = new ArrayList<>();
        if (m.cancelled()) {
            Label hint = new Label(messages.get("kds.cancel.hint"));
            hint.getStyleClass().add("card-cancel-hint");
            hint.setId("cancel-hint-" + m.ticketId());
            out.add(hint);
        }
        int course = -1;
        boolean courses = m.items().stream().mapToInt(ItemModel::course).distinct().count() > 1;
        for (ItemModel i : m.items()) {
            if (courses && i.course() != course) {
                course = i.course();
                Label c = new Label(messages.format("kds.course", course));
                c.getStyleClass().add("ticket-course");
                out.add(c);
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
            Label item = new Label(text.toString());
            item.getStyleClass().add("ticket-item");
            item.setId("item-" + m.ticketId() + "-" + i.lineId());
            item.setMaxWidth(Double.MAX_VALUE);
            item.pseudoClassStateChanged(DONE, i.done() && !struck);
            item.pseudoClassStateChanged(VOIDED, struck);
            item.setOnMouseClicked(e -> actions.item(m.ticketId(), i.lineId()));
            out.add(item);
            for (String mod : i.modifiers()) {
                out.add(detail("• " + mod, "ticket-modifier", i, struck, false));
            }
            if (!i.note().isBlank()) {
                out.add(detail((i.allergy() ? "⚠ " : "» ") + i.note(), "ticket-note", i, struck, i.allergy()));
            }
        }
        return out;
    }

    private Label detail(String text, String style, ItemModel i, boolean struck, boolean allergy) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setMaxWidth(Double.MAX_VALUE);
        l.pseudoClassStateChanged(DONE, i.done() && !struck);
        l.pseudoClassStateChanged(VOIDED, struck);
        l.pseudoClassStateChanged(ALLERGY, allergy);
        return l;
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

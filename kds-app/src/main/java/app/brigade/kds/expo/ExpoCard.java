package app.brigade.kds.expo;

import app.brigade.kds.card.Elapsed;
import app.brigade.model.kitchen.TicketAge;
import app.brigade.model.kitchen.TicketItem;
import app.brigade.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One order on the expo screen: header with timer, a progress row per station, "ready" when all bumped. */
public final class ExpoCard extends VBox {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass READY = PseudoClass.getPseudoClass("ready");
    private static final PseudoClass BUMPED = PseudoClass.getPseudoClass("bumped");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass VOIDED = PseudoClass.getPseudoClass("voided");
    private static final PseudoClass WARN = PseudoClass.getPseudoClass("warn");
    private static final PseudoClass LATE = PseudoClass.getPseudoClass("late");

    private final Messages messages;
    private final Map<String, String> stationNames;
    private final Label position = new Label();
    private final Label number = new Label();
    private final Label timer = new Label();
    private final Label sub = new Label();
    private final VBox body = new VBox(6);
    private ExpoOrder order;

    public ExpoCard(ExpoOrder order, Messages messages, Map<String, String> stationNames, Consumer<String> bumpOut) {
        this.messages = messages;
        this.stationNames = stationNames;
        getStyleClass().add("ticket-card");
        setId("expo-" + order.orderId());
        position.getStyleClass().add("card-position");
        number.getStyleClass().add("card-number");
        timer.getStyleClass().add("card-timer");
        sub.getStyleClass().add("card-sub");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(8, position, number, grow, timer);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(top, sub);
        header.getStyleClass().add("card-header");
        header.setId("expo-header-" + order.orderId());
        header.setOnMouseClicked(e -> bumpOut.accept(this.order.orderId()));
        body.getStyleClass().add("card-body");
        getChildren().addAll(header, body);
        setMinSize(0, 0);
        update(order);
    }

    public void update(ExpoOrder next) {
        if (next.equals(order)) {
            return;
        }
        order = next;
        number.setText(next.orderNumber());
        List<String> parts = new ArrayList<>();
        if (next.orderType() != null) {
            parts.add(messages.get("kds.type." + next.orderType().name()));
        }
        if (!next.tableName().isBlank()) {
            parts.add(messages.format("kds.table", next.tableName()));
        }
        if (!next.employeeName().isBlank()) {
            parts.add(messages.format("kds.server", next.employeeName()));
        }
        sub.setText(String.join(" · ", parts));
        pseudoClassStateChanged(READY, next.ready());
        List<Node> rows = new ArrayList<>();
        for (StationProgress s : next.stations()) {
            Label name = new Label(stationNames.getOrDefault(s.stationId(), s.stationId()));
            name.getStyleClass().add("expo-station-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label progress = new Label(s.bumped() ? messages.get("kds.expo.bumped")
                    : messages.format("kds.expo.progress", s.done(), s.total()));
            progress.getStyleClass().add("expo-station-progress");
            progress.setMinWidth(Region.USE_PREF_SIZE);
            progress.setId("expo-progress-" + next.orderId() + "-" + s.stationId());
            ProgressBar bar = new ProgressBar(s.total() == 0 ? 1 : (double) s.done() / s.total());
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.setMinWidth(24);
            HBox.setHgrow(bar, Priority.ALWAYS);
            HBox row = new HBox(name, bar, progress);
            row.getStyleClass().add("expo-station");
            row.pseudoClassStateChanged(BUMPED, s.bumped());
            rows.add(row);
            for (TicketItem i : s.items()) {
                Label item = new Label((i.voided() ? messages.get("kds.void") + "  " : "") + i.line().quantity()
                        + " × " + i.line().name());
                item.getStyleClass().add("expo-item");
                item.pseudoClassStateChanged(DONE, i.done() && !i.voided());
                item.pseudoClassStateChanged(VOIDED, i.voided());
                rows.add(item);
            }
        }
        if (next.ready()) {
            Label ready = new Label(messages.get("kds.expo.ready"));
            ready.getStyleClass().add("expo-ready");
            ready.setId("expo-ready-" + next.orderId());
            rows.add(ready);
        }
        body.getChildren().setAll(rows);
    }

    /** The clock moved: timer and age colour (the order's oldest ticket against the default thresholds). */
    public void tick(long now, TicketAge age) {
        timer.setText(Elapsed.format(order.firedAtMillis(), now));
        pseudoClassStateChanged(WARN, age == TicketAge.WARN && !order.ready());
        pseudoClassStateChanged(LATE, age == TicketAge.LATE && !order.ready());
    }

    public void position(String key) {
        position.setText(key);
    }

    public void selected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }
}

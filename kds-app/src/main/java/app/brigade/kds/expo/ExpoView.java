package app.brigade.kds.expo;

import app.brigade.kds.board.Thresholds;
import app.brigade.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;

/** The expo grid of whole orders, paged like the station board. */
public final class ExpoView extends StackPane {

    private static final double MIN_CARD_WIDTH = 290;

    private final ExpoViewModel vm;
    private final Messages messages;
    private final Map<String, String> stationNames;
    private final Thresholds thresholds;
    private final GridPane grid = new GridPane();
    private final Label empty = new Label();
    private final Map<String, ExpoCard> cache = new HashMap<>();
    private int columns = -1;
    private int rows = -1;

    public ExpoView(ExpoViewModel vm, Messages messages, Map<String, String> stationNames, Thresholds thresholds) {
        this.vm = vm;
        this.thresholds = thresholds;
        this.messages = messages;
        this.stationNames = Map.copyOf(stationNames);
        setId("expo");
        grid.getStyleClass().add("board-grid");
        empty.setText(messages.get("kds.expo.empty"));
        empty.getStyleClass().add("kds-empty");
        getChildren().addAll(grid, empty);
        vm.pageOrders().addListener((ListChangeListener<ExpoOrder>) c -> showPage());
        vm.orders().addListener((ListChangeListener<ExpoOrder>) c -> {
            Set<String> ids = new HashSet<>();
            vm.orders().forEach(o -> ids.add(o.orderId()));
            cache.keySet().retainAll(ids);
        });
        vm.nowProperty().subscribe(n -> tick());
        vm.paging().selectedIdProperty().subscribe(id -> markSelection());
        widthProperty().subscribe(w -> relayout());
        heightProperty().subscribe(h -> relayout());
        showPage();
    }

    private void relayout() {
        if (getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        int r = getHeight() >= 560 ? 2 : 1;
        int c = Math.max(1, Math.min(10 / r, (int) (getWidth() / MIN_CARD_WIDTH)));
        if (c == columns && r == rows) {
            return;
        }
        columns = c;
        rows = r;
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        for (int i = 0; i < c; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / c);
            grid.getColumnConstraints().add(cc);
        }
        for (int i = 0; i < r; i++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / r);
            grid.getRowConstraints().add(rc);
        }
        vm.layout(c, r);
        showPage();
    }

    private void showPage() {
        List<ExpoOrder> page = vm.pageOrders();
        List<Node> keep = new ArrayList<>(page.size());
        int cols = Math.max(1, columns);
        for (int i = 0; i < page.size(); i++) {
            ExpoOrder o = page.get(i);
            ExpoCard card = cache.computeIfAbsent(o.orderId(), id -> new ExpoCard(o, messages, stationNames,
                    vm::bumpOut));
            card.update(o);
            card.position(i < 9 ? String.valueOf(i + 1) : i == 9 ? "0" : "");
            card.setOnMouseClicked(e -> vm.select(o.orderId()));
            GridPane.setConstraints(card, i % cols, i / cols);
            keep.add(card);
        }
        // Only add and remove what changed: re-adding a node re-applies its CSS, the costliest part of a pulse.
        grid.getChildren().retainAll(keep);
        for (Node n : keep) {
            if (n.getParent() != grid) {
                grid.getChildren().add(n);
            }
        }
        empty.setVisible(vm.orders().isEmpty());
        tick();
        markSelection();
    }

    private void tick() {
        long now = vm.nowProperty().get();
        vm.pageOrders().forEach(o -> {
            ExpoCard c = cache.get(o.orderId());
            if (c != null) {
                c.tick(now, thresholds.age("", o.firedAtMillis(), now));
            }
        });
    }

    private void markSelection() {
        String selected = vm.paging().selectedIdProperty().get();
        vm.pageOrders().forEach(o -> {
            ExpoCard c = cache.get(o.orderId());
            if (c != null) {
                c.selected(o.orderId().equals(selected));
            }
        });
    }
}

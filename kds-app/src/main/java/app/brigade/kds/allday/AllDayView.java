package app.brigade.kds.allday;

import app.brigade.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The all-day side panel: item, count; the biggest counts on top. */
public final class AllDayView extends VBox {

    private final VBox rows = new VBox(2);
    private final Label empty = new Label();

    public AllDayView(AllDayViewModel vm, Messages messages) {
        setId("allday");
        getStyleClass().add("side-panel");
        Label title = new Label(messages.get("kds.allday.title"));
        title.getStyleClass().add("side-title");
        Label total = new Label();
        total.setId("allday-total");
        total.textProperty().bind(vm.totalProperty().map(n -> messages.format("kds.allday.total", n)));
        empty.setText(messages.get("kds.allday.empty"));
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, total, scroll);
        vm.rows().addListener((ListChangeListener<AllDayRow>) c -> show(vm.rows()));
        show(vm.rows());
    }

    /** Reuses the row nodes and only sets their texts: new nodes would need CSS, the costly part of a pulse. */
    private void show(List<AllDayRow> data) {
        ObservableList<Node> nodes = rows.getChildren();
        if (data.isEmpty()) {
            nodes.setAll(empty);
            return;
        }
        nodes.remove(empty);
        while (nodes.size() > data.size()) {
            nodes.removeLast();
        }
        List<Node> added = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            AllDayRow r = data.get(i);
            HBox row;
            if (i < nodes.size()) {
                row = (HBox) nodes.get(i);
            } else {
                row = row();
                added.add(row);
            }
            ((Label) row.getChildren().get(0)).setText(String.valueOf(r.quantity()));
            ((Label) row.getChildren().get(1)).setText(r.name());
            row.setUserData(r);
        }
        nodes.addAll(added);
    }

    private static HBox row() {
        Label qty = new Label();
        qty.getStyleClass().add("allday-qty");
        Label name = new Label();
        name.getStyleClass().add("allday-name");
        name.setWrapText(true);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(qty, name, grow);
        row.getStyleClass().add("allday-row");
        return row;
    }
}

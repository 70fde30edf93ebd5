package app.brigade.pos.checks;

import app.brigade.model.catalog.DiningTable;
import app.brigade.pos.service.PosService;
import app.brigade.store.query.OrderView;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.i18n.MoneyFormat;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Open checks: every open order on this terminal, to resume or move to another table. */
public final class ChecksScreen extends VBox {

    public ChecksScreen(PosService service, UiExecutor executor, Messages messages, MoneyFormat money,
            List<DiningTable> tables, Consumer<String> resume, Runnable back) {
        setId("checks-screen");
        setSpacing(12);
        setPadding(new Insets(16));
        ListView<OrderView> list = new ListView<>();
        list.setId("checks-list");
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(OrderView v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : v.order().number() + "  ·  "
                        + tables.stream().filter(t -> t.id().equals(v.order().tableId())).map(DiningTable::name)
                                .findFirst().orElse(messages.get("orderType." + v.order().type().name()))
                        + "  ·  " + money.format(v.totals().due()) + (v.ready() ? "  ·  READY" : ""));
            }
        });
        Runnable reload = () -> executor.run(service::openOrders, list.getItems()::setAll, e -> { });
        reload.run();
        Button open = new Button(messages.get("checks.resume"));
        open.setId("checks-resume");
        open.getStyleClass().add("big-action");
        open.setOnAction(e -> {
            OrderView v = list.getSelectionModel().getSelectedItem();
            if (v != null) {
                resume.accept(v.order().id());
            }
        });
        ChoiceBox<DiningTable> table = new ChoiceBox<>();
        table.getItems().setAll(tables);
        Button transfer = new Button(messages.get("checks.transfer"));
        transfer.setId("checks-transfer");
        Label message = new Label();
        message.getStyleClass().add("error-label");
        transfer.setOnAction(e -> {
            OrderView v = list.getSelectionModel().getSelectedItem();
            if (v != null && table.getValue() != null) {
                executor.run(() -> service.transfer(service.catalog().employee(v.order().employeeId()).orElseThrow(),
                        v.order().id(), table.getValue().id(), null), x -> reload.run(),
                        err -> message.setText(err.getMessage()));
            }
        });
        Button backButton = new Button(messages.get("pay.back"));
        backButton.setId("checks-back");
        backButton.setOnAction(e -> back.run());
        getChildren().addAll(new Label(messages.get("checks.title")), list,
                new HBox(8, open, table, transfer, backButton), message);
    }
}

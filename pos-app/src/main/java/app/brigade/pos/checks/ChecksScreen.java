package app.brigade.pos.checks;

import app.brigade.model.catalog.DiningTable;
import app.brigade.model.catalog.Employee;
import app.brigade.store.query.OrderView;
import app.brigade.ui.i18n.Messages;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Open checks: every open order on this terminal, to resume, move to another table, or hand to another
 * employee. Below them the order history: the latest paid orders, to print a receipt again or refund.
 * The view only lays out and binds; {@link ChecksViewModel} does the work.
 */
public final class ChecksScreen extends VBox {

    public ChecksScreen(ChecksViewModel model, Messages messages, Consumer<String> resume, Runnable back) {
        setId("checks-screen");
        setSpacing(12);
        setPadding(new Insets(16));
        ListView<OrderView> list = new ListView<>(model.openChecks());
        list.setId("checks-list");
        list.setCellFactory(lv -> cell(model::describeOpen));
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
        table.setId("checks-table");
        table.getItems().setAll(model.tables());
        Button transfer = new Button(messages.get("checks.transfer"));
        transfer.setId("checks-transfer");
        transfer.setOnAction(e -> model.moveToTable(list.getSelectionModel().getSelectedItem(), table.getValue()));

        ChoiceBox<Employee> employee = new ChoiceBox<>();
        employee.setId("checks-employee");
        employee.getItems().setAll(model.handOverTargets());
        employee.setConverter(new StringConverter<>() {
            @Override
            public String toString(Employee x) {
                return x == null ? "" : x.name();
            }

            @Override
            public Employee fromString(String s) {
                return null;
            }
        });
        Button handOver = new Button(messages.get("checks.transferEmployee"));
        handOver.setId("checks-transfer-employee");
        handOver.setOnAction(e -> model.handOver(list.getSelectionModel().getSelectedItem(), employee.getValue()));

        ListView<OrderView> paid = new ListView<>(model.paidOrders());
        paid.setId("paid-list");
        paid.setPrefHeight(180);
        paid.setCellFactory(lv -> cell(model::describePaid));
        Button reprint = new Button(messages.get("checks.reprint"));
        reprint.setId("paid-reprint");
        reprint.setOnAction(e -> model.reprint(paid.getSelectionModel().getSelectedItem()));
        Button refund = new Button(messages.get("checks.refund"));
        refund.setId("paid-refund");
        refund.setOnAction(e -> model.refund(paid.getSelectionModel().getSelectedItem()));

        Button backButton = new Button(messages.get("pay.back"));
        backButton.setId("checks-back");
        backButton.setOnAction(e -> back.run());
        Label message = new Label();
        message.setId("checks-message");
        message.getStyleClass().add("error-label");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        FlowPane actions = new FlowPane(8, 8, open, table, transfer, employee, handOver, backButton);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(new Label(messages.get("checks.title")), list, actions,
                new Label(messages.get("checks.paidTitle")), paid, new FlowPane(8, 8, reprint, refund), message);
        model.reload();
    }

    private static ListCell<OrderView> cell(Function<OrderView, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(OrderView v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : text.apply(v));
            }
        };
    }
}

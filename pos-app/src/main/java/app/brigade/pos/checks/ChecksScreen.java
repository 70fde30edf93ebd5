package app.brigade.pos.checks;

import app.brigade.model.catalog.DiningTable;
import app.brigade.model.catalog.Employee;
import app.brigade.model.catalog.Role;
import app.brigade.pos.order.Prompts;
import app.brigade.pos.service.PosService;
import app.brigade.pos.service.Problems;
import app.brigade.pos.service.Text;
import app.brigade.store.query.OrderView;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.i18n.MoneyFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
 * employee (someone else's check needs a manager's PIN; the service checks it too). Below them the
 * order history: the latest paid orders, any of whose receipts can be printed again (marked REPRINT).
 */
public final class ChecksScreen extends VBox {

    /** How many paid orders the history shows. */
    private static final int PAID_SHOWN = 30;

    private final Label message = new Label();

    public ChecksScreen(PosService service, UiExecutor executor, Messages messages, MoneyFormat money,
            Prompts prompts, Supplier<Employee> cashier, Consumer<String> resume, Runnable back) {
        setId("checks-screen");
        setSpacing(12);
        setPadding(new Insets(16));
        List<DiningTable> tables = service.catalog().tables();
        ListView<OrderView> list = new ListView<>();
        list.setId("checks-list");
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(OrderView v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : v.order().number() + "  \u00b7  "
                        + tables.stream().filter(t -> t.id().equals(v.order().tableId())).map(DiningTable::name)
                                .findFirst().orElse(messages.get("orderType." + v.order().type().name()))
                        + "  \u00b7  " + service.catalog().employee(v.order().employeeId()).map(Employee::name)
                                .orElse("")
                        + "  \u00b7  " + money.format(v.totals().due()) + (v.ready() ? "  \u00b7  " + messages.get("checks.ready") : ""));
            }
        });
        Runnable reload = () -> executor.run(service::openOrders, list.getItems()::setAll, e -> message.setText(
                Problems.describe(e, messages, "checks.failed")));
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
        table.setId("checks-table");
        table.getItems().setAll(tables);
        Button transfer = new Button(messages.get("checks.transfer"));
        transfer.setId("checks-transfer");
        transfer.setOnAction(e -> {
            OrderView v = list.getSelectionModel().getSelectedItem();
            if (v == null || table.getValue() == null) {
                message.setText(messages.get("checks.pickTable"));
                return;
            }
            String tableId = table.getValue().id();
            executor.run(() -> service.transfer(cashier.get(), null, v.order().id(), tableId, null),
                    x -> done(reload), err -> message.setText(Problems.describe(err, messages, "checks.failed")));
        });

        ChoiceBox<Employee> employee = new ChoiceBox<>();
        employee.setId("checks-employee");
        employee.getItems().setAll(service.catalog().employees().stream()
                .filter(x -> x.active() && x.role() != Role.COOK).toList());
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
        handOver.setOnAction(e -> {
            OrderView v = list.getSelectionModel().getSelectedItem();
            Employee to = employee.getValue();
            if (v == null || to == null) {
                message.setText(messages.get("checks.pickEmployee"));
                return;
            }
            Employee me = cashier.get();
            Optional<String> pin = Optional.empty();
            if (service.transferNeedsManager(me, v)) {
                pin = prompts.managerPin(messages.get("checks.transferEmployee"));
                if (pin.isEmpty()) {
                    return;
                }
            }
            Optional<String> managerPin = pin;
            Text action = Text.of("action.transfer", service.catalog().employee(v.order().employeeId())
                    .map(Employee::name).orElse(v.order().employeeId()), to.name());
            executor.run(() -> service.transfer(me, managerPin.map(p -> service.approver(p, action))
                    .orElse(null), v.order().id(), null, to.id()), x -> done(reload),
                    err -> message.setText(Problems.describe(err, messages, "checks.failed")));
        });

        ListView<OrderView> paid = new ListView<>();
        paid.setId("paid-list");
        paid.setPrefHeight(180);
        paid.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(OrderView v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : v.order().number() + "  \u00b7  "
                        + messages.get("orderType." + v.order().type().name()) + "  \u00b7  "
                        + money.format(v.totals().total()));
            }
        });
        Runnable reloadPaid = () -> executor.run(() -> service.recentPaidOrders(PAID_SHOWN), paid.getItems()::setAll,
                e -> message.setText(Problems.describe(e, messages, "checks.failed")));
        reloadPaid.run();
        Button reprint = new Button(messages.get("checks.reprint"));
        reprint.setId("paid-reprint");
        reprint.setOnAction(e -> {
            OrderView v = paid.getSelectionModel().getSelectedItem();
            if (v == null) {
                message.setText(messages.get("checks.pickPaid"));
                return;
            }
            executor.run(() -> {
                service.reprint(cashier.get(), v.order().id());
                return v.order().number();
            }, n -> message.setText(messages.format("checks.reprinted", n)), err -> message.setText(Problems.describe(err, messages, "checks.failed")));
        });

        Button refund = new Button(messages.get("checks.refund"));
        refund.setId("paid-refund");
        refund.setOnAction(e -> {
            OrderView v = paid.getSelectionModel().getSelectedItem();
            if (v == null) {
                message.setText(messages.get("checks.pickPaidRefund"));
                return;
            }
            String title = messages.format("checks.refundWhat", v.order().number());
            Optional<String> reason = prompts.reason(title);
            Optional<String> pin = reason.flatMap(r -> prompts.managerPin(title));
            if (pin.isEmpty()) {
                return;
            }
            Employee me = cashier.get();
            long rest = v.totals().refundable();
            String tender = messages.get("tender." + PosService.refundTender(v).name());
            executor.run(() -> service.refundRest(me, service.approver(pin.get(), Text.of("action.refund")), v.order().id(),
                    reason.get()), after -> {
                        message.setText(messages.format("checks.refunded", after.order().number(), money.format(rest),
                                tender));
                        reloadPaid.run();
                    }, err -> message.setText(Problems.describe(err, messages, "checks.failed")));
        });

        Button backButton = new Button(messages.get("pay.back"));
        backButton.setId("checks-back");
        backButton.setOnAction(e -> back.run());
        message.setId("checks-message");
        message.getStyleClass().add("error-label");
        message.setWrapText(true);
        FlowPane actions = new FlowPane(8, 8, open, table, transfer, employee, handOver, backButton);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(new Label(messages.get("checks.title")), list, actions,
                new Label(messages.get("checks.paidTitle")), paid, new FlowPane(8, 8, reprint, refund), message);
    }

    private void done(Runnable reload) {
        message.setText("");
        reload.run();
    }
}

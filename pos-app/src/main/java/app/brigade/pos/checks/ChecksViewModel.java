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
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open checks and the order history: every open order on this terminal, to move to another table
 * or hand to another employee (someone else's check needs a manager's PIN; the service checks it too),
 * and the latest paid orders, to print a receipt again or refund what is left. Store work runs through
 * the {@link UiExecutor}, never on the FX thread; results and refusals land in {@link #messageProperty()}.
 */
public final class ChecksViewModel {

    /** How many paid orders the history shows. */
    public static final int PAID_SHOWN = 30;

    private final PosService service;
    private final UiExecutor executor;
    private final Messages messages;
    private final MoneyFormat money;
    private final Prompts prompts;
    private final Supplier<Employee> cashier;
    private final ObservableList<OrderView> open = FXCollections.observableArrayList();
    private final ObservableList<OrderView> paid = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ChecksViewModel(PosService service, UiExecutor executor, Messages messages, MoneyFormat money,
            Prompts prompts, Supplier<Employee> cashier) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.money = money;
        this.prompts = prompts;
        this.cashier = cashier;
    }

    public ObservableList<OrderView> openChecks() {
        return open;
    }

    public ObservableList<OrderView> paidOrders() {
        return paid;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public List<DiningTable> tables() {
        return service.catalog().tables();
    }

    /** Who a check can be handed to: active cashiers, servers and managers. */
    public List<Employee> handOverTargets() {
        return service.catalog().employees().stream().filter(e -> e.active() && e.role() != Role.COOK).toList();
    }

    /** Reads both lists again (off the FX thread). */
    public void reload() {
        executor.run(service::openOrders, open::setAll, this::fail);
        executor.run(() -> service.recentPaidOrders(PAID_SHOWN), paid::setAll, this::fail);
    }

    /** One open check as the list shows it: number, table (or order type), employee, due, READY. */
    public String describeOpen(OrderView v) {
        String where = tables().stream().filter(t -> t.id().equals(v.order().tableId())).map(DiningTable::name)
                .findFirst().orElse(messages.get("orderType." + v.order().type().name()));
        String who = service.catalog().employee(v.order().employeeId()).map(Employee::name).orElse("");
        return v.order().number() + "  \u00b7  " + where + "  \u00b7  " + who + "  \u00b7  "
                + money.format(v.totals().due()) + (v.ready() ? "  \u00b7  " + messages.get("checks.ready") : "");
    }

    /** One paid order as the history shows it: number, order type, total. */
    public String describePaid(OrderView v) {
        return v.order().number() + "  \u00b7  " + messages.get("orderType." + v.order().type().name()) + "  \u00b7  "
                + money.format(v.totals().total());
    }

    public void moveToTable(OrderView check, DiningTable table) {
        if (check == null || table == null) {
            message.set(messages.get("checks.pickTable"));
            return;
        }
        Employee me = cashier.get();
        executor.run(() -> service.transfer(me, null, check.order().id(), table.id(), null), x -> done(), this::fail);
    }

    /** Hands the check to {@code to}; asks for a manager's PIN first when it is not the cashier's own check. */
    public void handOver(OrderView check, Employee to) {
        if (check == null || to == null) {
            message.set(messages.get("checks.pickEmployee"));
            return;
        }
        Employee me = cashier.get();
        Optional<String> pin = Optional.empty();
        if (service.transferNeedsManager(me, check)) {
            pin = prompts.managerPin(messages.get("checks.transferEmployee"));
            if (pin.isEmpty()) {
                return;
            }
        }
        Optional<String> managerPin = pin;
        Text action = Text.of("action.transfer", service.catalog().employee(check.order().employeeId())
                .map(Employee::name).orElse(check.order().employeeId()), to.name());
        executor.run(() -> service.transfer(me, managerPin.map(p -> service.approver(p, action)).orElse(null),
                check.order().id(), null, to.id()), x -> done(), this::fail);
    }

    public void reprint(OrderView paidOrder) {
        if (paidOrder == null) {
            message.set(messages.get("checks.pickPaid"));
            return;
        }
        Employee me = cashier.get();
        executor.run(() -> {
            service.reprint(me, paidOrder.order().id());
            return paidOrder.order().number();
        }, n -> message.set(messages.format("checks.reprinted", n)), this::fail);
    }

    /** Refunds what is left of a paid order on the tender it was paid with, after a reason and a manager's PIN. */
    public void refund(OrderView paidOrder) {
        if (paidOrder == null) {
            message.set(messages.get("checks.pickPaidRefund"));
            return;
        }
        String title = messages.format("checks.refundWhat", paidOrder.order().number());
        Optional<String> reason = prompts.reason(title);
        Optional<String> pin = reason.flatMap(r -> prompts.managerPin(title));
        if (pin.isEmpty()) {
            return;
        }
        Employee me = cashier.get();
        long rest = paidOrder.totals().refundable();
        String tender = messages.get("tender." + PosService.refundTender(paidOrder).name());
        executor.run(() -> service.refundRest(me, service.approver(pin.get(), Text.of("action.refund")),
                paidOrder.order().id(), reason.get()), after -> {
                    message.set(messages.format("checks.refunded", after.order().number(), money.format(rest), tender));
                    executor.run(() -> service.recentPaidOrders(PAID_SHOWN), paid::setAll, this::fail);
                }, this::fail);
    }

    private void done() {
        message.set("");
        executor.run(service::openOrders, open::setAll, this::fail);
    }

    private void fail(Throwable e) {
        message.set(Problems.describe(e, messages, "checks.failed"));
    }
}

package app.brigade.pos.payment;

import app.brigade.model.catalog.Employee;
import app.brigade.model.event.CardDetails;
import app.brigade.model.order.OrderStatus;
import app.brigade.model.order.OrderTotals;
import app.brigade.pos.service.CheckSplit;
import app.brigade.pos.service.Problems;
import app.brigade.pos.service.PosService;
import app.brigade.store.query.OrderView;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.i18n.MoneyFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The pay screen: amount due, the amount being paid (keypad or quick-cash buttons), change shown
 * large, tip, and card details from the external terminal (brand, last 4, auth code — never a
 * card number). Several payments make a split tender; the order closes when nothing is due. A
 * split check moves a seat or some lines to a new check, and the cashier goes on paying this one.
 */
public final class PaymentViewModel {

    private final PosService service;
    private final UiExecutor executor;
    private final Messages messages;
    private final MoneyFormat money;
    private final ObjectProperty<Employee> employee = new SimpleObjectProperty<>();
    private final ObjectProperty<OrderView> order = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty tip = new SimpleStringProperty("");
    private final StringProperty cardBrand = new SimpleStringProperty("");
    private final StringProperty cardLast4 = new SimpleStringProperty("");
    private final StringProperty cardAuth = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper due = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper change = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<OrderView> splitOff = new ReadOnlyObjectWrapper<>();
    private Consumer<OrderView> onDone = v -> { };

    public PaymentViewModel(PosService service, UiExecutor executor, Messages messages, MoneyFormat money) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.money = money;
        order.subscribe(this::show);
    }

    public void setOnDone(Consumer<OrderView> onDone) {
        this.onDone = onDone;
    }

    public ObjectProperty<Employee> employeeProperty() {
        return employee;
    }

    public ObjectProperty<OrderView> orderProperty() {
        return order;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty tipProperty() {
        return tip;
    }

    public StringProperty cardBrandProperty() {
        return cardBrand;
    }

    public StringProperty cardLast4Property() {
        return cardLast4;
    }

    public StringProperty cardAuthProperty() {
        return cardAuth;
    }

    public ReadOnlyStringProperty dueProperty() {
        return due.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty changeProperty() {
        return change.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The check most recently split off this one (it waits in open checks to be paid on its own). */
    public ReadOnlyObjectProperty<OrderView> splitOffProperty() {
        return splitOff.getReadOnlyProperty();
    }

    /** Whether the check on screen can be split: open, with more than one live line. */
    public boolean canSplit() {
        OrderView v = order.get();
        return v != null && v.order().status() == OrderStatus.OPEN && v.order().activeLines().size() > 1;
    }

    /** The split dialog's model for the check on screen. */
    public SplitCheckViewModel splitModel() {
        return new SplitCheckViewModel(order.get(), service.catalog().settings(), messages, money);
    }

    /** Moves a seat or the picked lines to a new check; this screen stays on what is left to pay here. */
    public void splitCheck(CheckSplit how) {
        OrderView current = order.get();
        if (current == null) {
            return;
        }
        message.set("");
        executor.run(() -> service.splitCheck(employee.get(), current.order().id(), how), outcome -> {
            change.set("");
            order.set(outcome.source());
            splitOff.set(outcome.target());
            message.set(messages.format("split.done", outcome.target().order().number(),
                    money.format(Math.max(outcome.target().totals().due(), 0)), outcome.source().order().number()));
        }, e -> message.set(Problems.describe(e, messages, "split.failed")));
    }

    /** Quick cash buttons: the exact amount, then the next round amounts above it. */
    public List<Long> quickCash() {
        OrderView v = order.get();
        if (v == null) {
            return List.of();
        }
        long d = Math.max(v.totals().cashDue(), 0);
        TreeSet<Long> out = new TreeSet<>();
        out.add(d);
        for (long step : new long[] {500, 1000, 2000, 5000, 10000}) {
            long next = ((d + step - 1) / step) * step;
            if (next > d) {
                out.add(next);
            }
        }
        return new ArrayList<>(out).subList(0, Math.min(5, out.size()));
    }

    public String format(long minor) {
        return money.format(minor);
    }

    /** Keypad entry: a digit or the decimal separator appended to the amount. */
    public void key(String k) {
        amount.set(amount.get() + k);
    }

    public void clearAmount() {
        amount.set("");
    }

    public void payCashExact(long tendered) {
        payCash(tendered);
    }

    /** Cash: the amount field is what the guest handed over (empty = exactly what is due). */
    public void payCash() {
        try {
            OrderTotals t = order.get().totals();
            long tendered = amount.get().isBlank() ? t.cashDue() + tipMinor() : money.parse(amount.get());
            payCash(tendered);
        } catch (IllegalArgumentException e) {
            message.set(Problems.describe(e, messages, "pay.failed"));
        }
    }

    private void payCash(long tendered) {
        try {
            long tipAmount = tipMinor();
            String orderId = order.get().order().id();
            run(() -> service.payCash(employee.get(), orderId, tendered, tipAmount));
        } catch (IllegalArgumentException e) {
            message.set(Problems.describe(e, messages, "pay.failed"));
        }
    }

    /** Card: the amount field is what this card pays (empty = everything due); details from the terminal slip. */
    public void payCard() {
        try {
            CardDetails card = new CardDetails(cardBrand.get(), cardLast4.get(), cardAuth.get());
            OrderTotals t = order.get().totals();
            long pay = amount.get().isBlank() ? t.due() : money.parse(amount.get());
            long tipAmount = tipMinor();
            String orderId = order.get().order().id();
            run(() -> service.payCard(employee.get(), orderId, pay, tipAmount, card));
        } catch (IllegalArgumentException e) {
            message.set(Problems.describe(e, messages, "pay.failed"));
        }
    }

    private long tipMinor() {
        return tip.get() == null || tip.get().isBlank() ? 0 : money.parse(tip.get());
    }

    private void run(java.util.concurrent.Callable<PosService.PaymentOutcome> work) {
        message.set("");
        executor.run(work, outcome -> {
            amount.set("");
            tip.set("");
            cardBrand.set("");
            cardLast4.set("");
            cardAuth.set("");
            change.set(outcome.change() > 0 ? messages.format("pay.change", money.format(outcome.change())) : "");
            order.set(outcome.order());
            if (outcome.closed()) {
                message.set(messages.get("pay.closed"));
                onDone.accept(outcome.order());
            }
        }, e -> message.set(Problems.describe(e, messages, "pay.failed")));
    }

    private void show(OrderView v) {
        if (v == null) {
            due.set("");
            return;
        }
        OrderTotals t = v.totals();
        due.set(t.cashDue() != t.due()
                ? messages.format("pay.dueCash", money.format(Math.max(t.due(), 0)), money.format(Math.max(t.cashDue(), 0)))
                : messages.format("pay.due", money.format(Math.max(t.due(), 0))));
    }
}

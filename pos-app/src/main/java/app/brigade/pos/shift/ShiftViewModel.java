package app.brigade.pos.shift;

import app.brigade.model.catalog.Employee;
import app.brigade.pos.order.Prompts;
import app.brigade.pos.service.Problems;
import app.brigade.pos.service.Text;
import app.brigade.pos.service.PosService;
import app.brigade.store.query.ShiftSummary;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.i18n.MoneyFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Opening a shift with a counted float, and the blind close: the cashier counts each denomination
 * without seeing what is expected; only then are expected cash and over/short shown.
 */
public final class ShiftViewModel {

    private final PosService service;
    private final UiExecutor executor;
    private final Messages messages;
    private final MoneyFormat money;
    private final Prompts prompts;
    private final ObjectProperty<Employee> employee = new SimpleObjectProperty<>();
    private final StringProperty openingFloat = new SimpleStringProperty("");
    private final List<Long> denominations;
    private final Map<Long, StringProperty> counts = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ShiftViewModel(PosService service, UiExecutor executor, Messages messages, MoneyFormat money,
            Prompts prompts) {
        this.service = service;
        this.prompts = prompts;
        this.executor = executor;
        this.messages = messages;
        this.money = money;
        this.denominations = Denominations.of(service.catalog().settings().currency());
        denominations.forEach(d -> counts.put(d, new SimpleStringProperty("")));
    }

    public ObjectProperty<Employee> employeeProperty() {
        return employee;
    }

    public StringProperty openingFloatProperty() {
        return openingFloat;
    }

    /** The notes and coins of the store's currency the close counts, largest first. */
    public List<Long> denominations() {
        return denominations;
    }

    public StringProperty count(long denomination) {
        return counts.get(denomination);
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String label(long denomination) {
        return money.format(denomination);
    }

    public void openShift(Consumer<ShiftSummary> done) {
        long amount;
        try {
            amount = openingFloat.get().isBlank() ? 0 : money.parse(openingFloat.get());
        } catch (IllegalArgumentException e) {
            message.set(Problems.describe(e, messages, "shift.failed"));
            return;
        }
        executor.run(() -> service.openShift(employee.get(), amount), s -> {
            message.set("");
            done.accept(s);
        }, this::fail);
    }

    /**
     * Closes the shift with the counted denominations, approved by a manager's PIN, and shows expected,
     * counted and over/short.
     */
    public void blindClose(Consumer<ShiftSummary> done) {
        Map<Long, Integer> counted = new LinkedHashMap<>();
        for (Map.Entry<Long, StringProperty> e : counts.entrySet()) {
            String t = e.getValue().get() == null ? "" : e.getValue().get().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!t.matches("\\d{1,5}")) {
                message.set(messages.format("shift.badCount", label(e.getKey()), t));
                return;
            }
            counted.put(e.getKey(), Integer.parseInt(t));
        }
        // The count is done; a manager approves the close now, and only then is over/short shown.
        Optional<String> pin = prompts.managerPin(messages.get("shift.close"));
        if (pin.isEmpty()) {
            return;
        }
        Employee cashier = employee.get();
        executor.run(() -> service.closeShift(cashier, service.approver(pin.get(), Text.of("action.closeShift")), counted), s -> {
            long expected = s.shift().expectedCash();
            long countedCash = s.shift().countedCash() == null ? 0 : s.shift().countedCash();
            long diff = s.shift().overShort().orElse(0);
            result.set(messages.format("shift.result", money.format(expected), money.format(countedCash),
                    diff == 0 ? messages.get("shift.even")
                            : messages.format(diff > 0 ? "shift.over" : "shift.short", money.format(Math.abs(diff)))));
            message.set("");
            done.accept(s);
        }, this::fail);
    }

    private void fail(Throwable e) {
        message.set(Problems.describe(e, messages, "shift.failed"));
    }
}

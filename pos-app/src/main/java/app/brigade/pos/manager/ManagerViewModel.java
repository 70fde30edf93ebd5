package app.brigade.pos.manager;

import app.brigade.model.catalog.Employee;
import app.brigade.model.catalog.TenderType;
import app.brigade.model.event.CashMovementKind;
import app.brigade.pos.order.Prompts;
import app.brigade.pos.service.PosException;
import app.brigade.pos.service.PosService;
import app.brigade.pos.service.Problems;
import app.brigade.pos.service.Text;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.i18n.MoneyFormat;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The manager screen's actions. Each asks what it needs (a reason, an amount, a folder) and then a
 * manager's PIN at that moment, recorded as the approver; typed input is checked before the PIN is asked,
 * and nothing is done when the manager cancels. Store and report work runs through the {@link UiExecutor},
 * never on the FX thread; the outcome or the refusal, in the terminal's language, lands in
 * {@link #messageProperty()}.
 */
public final class ManagerViewModel {

    private final PosService service;
    private final UiExecutor executor;
    private final Messages messages;
    private final MoneyFormat money;
    private final Prompts prompts;
    private final Supplier<Employee> cashier;
    private final ManagerReports reports;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ManagerViewModel(PosService service, UiExecutor executor, Messages messages, MoneyFormat money,
            Prompts prompts, Supplier<Employee> cashier, ManagerReports reports) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.money = money;
        this.prompts = prompts;
        this.cashier = cashier;
        this.reports = reports;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while an action runs in the background (the screen shows a spinner and disables its buttons). */
    public BooleanBinding busy() {
        return executor.runningProperty().greaterThan(0);
    }

    public Path defaultFolder() {
        return reports.defaultFolder();
    }

    /** Opens the drawer without a sale, after a reason and a manager's PIN. */
    public void noSale() {
        String title = messages.get("manager.noSale");
        Optional<String> reason = prompts.reason(title);
        Optional<String> pin = reason.flatMap(r -> prompts.managerPin(title));
        pin.ifPresent(p -> run(() -> {
            service.noSale(cashier.get(), service.approver(p, Text.of("action.noSale")), reason.get());
            return title;
        }));
    }

    /** Cash put into the drawer ({@code PAY_IN}) or taken out ({@code PAY_OUT}): the amount typed, a reason, a PIN. */
    public void cashMovement(CashMovementKind kind, String amountText) {
        long value;
        try {
            value = money.parse(amountText);
        } catch (IllegalArgumentException e) {
            message.set(Problems.describe(e, messages, "manager.failed"));
            return;
        }
        String title = messages.get(kind == CashMovementKind.PAY_IN ? "manager.payIn" : "manager.payOut");
        Optional<String> reason = prompts.reason(title);
        Optional<String> pin = reason.flatMap(r -> prompts.managerPin(title));
        pin.ifPresent(p -> run(() -> {
            service.cashMovement(cashier.get(), service.approver(p, Text.of(kind == CashMovementKind.PAY_IN
                    ? "action.payIn" : "action.payOut")), kind, value, reason.get());
            return title + " " + money.format(value);
        }));
    }

    /** Prints the last paid order's receipt again. */
    public void reprintLast() {
        run(() -> {
            var last = service.lastClosedOrder().orElseThrow(() -> new PosException("error.noPaidOrder"));
            service.reprint(cashier.get(), last.order().id());
            return messages.get("manager.reprint") + " " + last.order().number();
        });
    }

    /** Refunds the last paid order in cash: the amount typed, or everything still refundable when it is empty. */
    public void refundLast(String amountText) {
        Optional<Long> typed;
        try {
            typed = amountText == null || amountText.isBlank() ? Optional.empty() : Optional.of(money.parse(amountText));
        } catch (IllegalArgumentException e) {
            message.set(Problems.describe(e, messages, "manager.failed"));
            return;
        }
        String title = messages.get("manager.refund");
        Optional<String> reason = prompts.reason(title);
        Optional<String> pin = reason.flatMap(r -> prompts.managerPin(title));
        pin.ifPresent(p -> run(() -> {
            var last = service.lastClosedOrder().orElseThrow(() -> new PosException("error.noPaidOrder"));
            long value = typed.orElse(last.totals().refundable());
            service.refund(cashier.get(), service.approver(p, Text.of("action.refund")), last.order().id(), value,
                    TenderType.CASH, reason.get());
            return title + " " + last.order().number() + " " + money.format(value);
        }));
    }

    /** Writes the open shift's X report into the folder typed. */
    public void exportX(String folderText) {
        folder(folderText).ifPresent(dir -> prompts.managerPin(messages.get("manager.export")).ifPresent(p -> export(
                () -> reports.exportX(service.approver(p, Text.of("action.xReport")), dir))));
    }

    /** Closes the business day (Z, once per day) and writes its workbook into the folder typed. */
    public void zClose(String folderText) {
        folder(folderText).ifPresent(dir -> prompts.managerPin(messages.get("manager.zClose")).ifPresent(p -> export(
                () -> reports.closeDay(cashier.get(), service.approver(p, Text.of("action.zClose")), dir))));
    }

    /** Exports the business days {@code from}..{@code to}; a missing or reversed range is refused first. */
    public void exportRange(String folderText, LocalDate from, LocalDate to, boolean wholeStore) {
        folder(folderText).ifPresent(dir -> {
            if (from == null || to == null || from.isAfter(to)) {
                message.set(messages.get("manager.rangeInvalid"));
                return;
            }
            prompts.managerPin(messages.get("manager.exportRange")).ifPresent(p -> export(() -> reports.exportRange(
                    service.approver(p, Text.of("action.rangeReport")), from, to, wholeStore, dir)));
        });
    }

    /** The folder typed; an empty or impossible one is refused with a message, and no PIN is asked. */
    private Optional<Path> folder(String folderText) {
        String text = folderText == null ? "" : folderText.strip();
        if (text.isEmpty()) {
            message.set(messages.get("manager.folderMissing"));
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            message.set(messages.format("manager.folderInvalid", text, e.getReason()));
            return Optional.empty();
        }
    }

    /** An export runs in the background with a line saying what is being written. */
    private void export(Callable<Text> work) {
        message.set(messages.get("manager.exporting"));
        executor.run(() -> work.call().render(messages::get, messages.locale()), this::done, this::fail);
    }

    private void run(Callable<String> work) {
        executor.run(work, this::done, this::fail);
    }

    private void done(String what) {
        message.set("\u2713 " + what);
    }

    private void fail(Throwable e) {
        message.set(Problems.describe(e, messages, "manager.failed"));
    }
}

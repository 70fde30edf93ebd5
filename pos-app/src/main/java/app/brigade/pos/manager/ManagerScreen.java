package app.brigade.pos.manager;

import app.brigade.model.catalog.Employee;
import app.brigade.model.event.CashMovementKind;
import app.brigade.pos.order.Prompts;
import app.brigade.pos.service.PosException;
import app.brigade.pos.service.PosService;
import app.brigade.pos.service.Problems;
import app.brigade.pos.service.Text;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.i18n.MoneyFormat;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/**
 * Manager actions, each approved by a manager's PIN at the moment of the action: no-sale,
 * pay-in, pay-out, refund, reprint, blind close of the shift, and the reports: X, Z close and a
 * range of days exported to Excel in a folder the manager chooses.
 */
public final class ManagerScreen extends VBox {

    private final Label message = new Label();
    private final Messages messages;

    public ManagerScreen(PosService service, UiExecutor executor, Messages messages, MoneyFormat money,
            Prompts prompts, Supplier<Employee> cashier, ManagerReports reports, Runnable closeShift,
            Runnable back) {
        this.messages = messages;
        setId("manager-screen");
        setSpacing(12);
        setPadding(new Insets(16));
        TextField amount = new TextField();
        amount.setId("manager-amount");
        amount.setPromptText(messages.get("pay.amount"));
        amount.setMaxWidth(240);
        message.setId("manager-message");
        message.setWrapText(true);

        Button noSale = action(messages.get("manager.noSale"), "no-sale", () -> {
            Optional<String> reason = prompts.reason(messages.get("manager.noSale"));
            Optional<String> pin = reason.flatMap(r -> prompts.managerPin(messages.get("manager.noSale")));
            pin.ifPresent(p -> run(executor, () -> {
                service.noSale(cashier.get(), service.approver(p, Text.of("action.noSale")), reason.get());
                return messages.get("manager.noSale");
            }));
        });
        Button payIn = action(messages.get("manager.payIn"), "pay-in",
                () -> movement(service, executor, messages, money, prompts, cashier, amount, CashMovementKind.PAY_IN));
        Button payOut = action(messages.get("manager.payOut"), "pay-out",
                () -> movement(service, executor, messages, money, prompts, cashier, amount, CashMovementKind.PAY_OUT));
        TextField folder = new TextField(reports.defaultFolder().toString());
        folder.setId("export-folder");
        folder.setPrefColumnCount(36);
        Button browse = new Button(messages.get("manager.browse"));
        browse.setId("export-browse");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.get("manager.folder"));
            File current = new File(folder.getText());
            if (current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            File chosen = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
            if (chosen != null) {
                folder.setText(chosen.getPath());
            }
        });
        Button export = action(messages.get("manager.export"), "export-x", () -> folder(folder).ifPresent(dir -> {
            Optional<String> pin = prompts.managerPin(messages.get("manager.export"));
            pin.ifPresent(p -> export(executor, messages, () -> reports.exportX(service.approver(p, Text.of("action.xReport")),
                    dir).render(messages::get, messages.locale())));
        }));
        Button zClose = action(messages.get("manager.zClose"), "z-close", () -> folder(folder).ifPresent(dir -> {
            Optional<String> pin = prompts.managerPin(messages.get("manager.zClose"));
            pin.ifPresent(p -> export(executor, messages, () -> reports.closeDay(cashier.get(),
                    service.approver(p, Text.of("action.zClose")), dir).render(messages::get, messages.locale())));
        }));
        DatePicker from = new DatePicker(LocalDate.now());
        from.setId("range-from");
        DatePicker to = new DatePicker(LocalDate.now());
        to.setId("range-to");
        CheckBox wholeStore = new CheckBox(messages.get("manager.wholeStore"));
        wholeStore.setId("range-whole-store");
        Button range = action(messages.get("manager.exportRange"), "export-range", () -> folder(folder)
                .ifPresent(dir -> {
                    LocalDate a = from.getValue();
                    LocalDate b = to.getValue();
                    if (a == null || b == null || a.isAfter(b)) {
                        message.setText(messages.get("manager.rangeInvalid"));
                        return;
                    }
                    boolean all = wholeStore.isSelected();
                    Optional<String> pin = prompts.managerPin(messages.get("manager.exportRange"));
                    pin.ifPresent(p -> export(executor, messages, () -> reports.exportRange(
                            service.approver(p, Text.of("action.rangeReport")), a, b, all, dir)
                            .render(messages::get, messages.locale())));
                }));
        Button reprint = action(messages.get("manager.reprint"), "reprint-last", () -> run(executor, () -> {
            var last = service.lastClosedOrder().orElseThrow(
                    () -> new PosException("error.noPaidOrder"));
            service.reprint(cashier.get(), last.order().id());
            return messages.get("manager.reprint") + " " + last.order().number();
        }));
        Button refund = action(messages.get("manager.refund"), "refund-last", () -> {
            Optional<String> reason = prompts.reason(messages.get("manager.refund"));
            Optional<String> pin = reason.flatMap(r -> prompts.managerPin(messages.get("manager.refund")));
            String typed = amount.getText();
            pin.ifPresent(p -> run(executor, () -> {
                var last = service.lastClosedOrder().orElseThrow(
                        () -> new PosException("error.noPaidOrder"));
                long value = typed == null || typed.isBlank() ? last.totals().refundable() : money.parse(typed);
                service.refund(cashier.get(), service.approver(p, Text.of("action.refund")), last.order().id(), value,
                        app.brigade.model.catalog.TenderType.CASH, reason.get());
                return messages.get("manager.refund") + " " + last.order().number() + " " + money.format(value);
            }));
        });
        Button close = action(messages.get("shift.close"), "goto-close-shift", closeShift);
        Button backButton = action(messages.get("pay.back"), "manager-back", back);
        FlowPane actions = new FlowPane(8, 8, noSale, payIn, payOut, reprint, refund, close, backButton);
        HBox folderRow = new HBox(8, new Label(messages.get("manager.folder")), folder, browse);
        folderRow.setAlignment(Pos.CENTER_LEFT);
        FlowPane rangeRow = new FlowPane(8, 8, new Label(messages.get("manager.from")), from,
                new Label(messages.get("manager.to")), to, wholeStore, range);
        rangeRow.setAlignment(Pos.CENTER_LEFT);
        FlowPane reportActions = new FlowPane(8, 8, export, zClose);
        VBox reportsBox = new VBox(8, new Label(messages.get("manager.reports")), folderRow, reportActions, rangeRow);
        reportsBox.getStyleClass().add("manager-reports");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("manager-busy");
        busy.setMaxSize(48, 48);
        busy.visibleProperty().bind(executor.runningProperty().greaterThan(0));
        actions.disableProperty().bind(busy.visibleProperty());
        reportsBox.disableProperty().bind(busy.visibleProperty());
        getChildren().addAll(new Label(messages.get("manager.title")), amount, actions, reportsBox, busy, message);
    }

    /** The folder typed or chosen; an empty field is refused with a message, nothing is written. */
    private Optional<Path> folder(TextField field) {
        String text = field.getText() == null ? "" : field.getText().strip();
        if (text.isEmpty()) {
            message.setText(messages.get("manager.folderMissing"));
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            message.setText(messages.format("manager.folderInvalid", text, e.getReason()));
            return Optional.empty();
        }
    }

    /** An export runs off the FX thread with the spinner showing and a line saying what is being written. */
    private void export(UiExecutor executor, Messages messages, Callable<String> work) {
        message.setText(messages.get("manager.exporting"));
        run(executor, work);
    }

    private void movement(PosService service, UiExecutor executor, Messages messages, MoneyFormat money,
            Prompts prompts, Supplier<Employee> cashier, TextField amount, CashMovementKind kind) {
        long value;
        try {
            value = money.parse(amount.getText());
        } catch (IllegalArgumentException e) {
            message.setText(Problems.describe(e, messages, "manager.failed"));
            return;
        }
        String title = messages.get(kind == CashMovementKind.PAY_IN ? "manager.payIn" : "manager.payOut");
        Optional<String> reason = prompts.reason(title);
        Optional<String> pin = reason.flatMap(r -> prompts.managerPin(title));
        pin.ifPresent(p -> run(executor, () -> {
            service.cashMovement(cashier.get(), service.approver(p, Text.of(kind == CashMovementKind.PAY_IN ? "action.payIn" : "action.payOut")), kind, value, reason.get());
            return title + " " + money.format(value);
        }));
    }

    private void run(UiExecutor executor, Callable<String> work) {
        executor.run(work, done -> message.setText(messages(done)),
                e -> message.setText(Problems.describe(e, messages, "manager.failed")));
    }

    private static String messages(String done) {
        return "✓ " + done;
    }

    private static Button action(String text, String id, Runnable onAction) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("big-action");
        b.setOnAction(e -> onAction.run());
        return b;
    }
}

package app.brigade.pos.manager;

import app.brigade.model.event.CashMovementKind;
import app.brigade.ui.i18n.Messages;
import java.io.File;
import java.time.LocalDate;
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
 * range of days exported to Excel in a folder the manager chooses. The view only lays out and binds;
 * {@link ManagerViewModel} does the work.
 */
public final class ManagerScreen extends VBox {

    public ManagerScreen(ManagerViewModel model, Messages messages, Runnable closeShift, Runnable back) {
        setId("manager-screen");
        setSpacing(12);
        setPadding(new Insets(16));
        TextField amount = new TextField();
        amount.setId("manager-amount");
        amount.setPromptText(messages.get("pay.amount"));
        amount.setMaxWidth(240);
        Label message = new Label();
        message.setId("manager-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        Button noSale = action(messages.get("manager.noSale"), "no-sale", model::noSale);
        Button payIn = action(messages.get("manager.payIn"), "pay-in",
                () -> model.cashMovement(CashMovementKind.PAY_IN, amount.getText()));
        Button payOut = action(messages.get("manager.payOut"), "pay-out",
                () -> model.cashMovement(CashMovementKind.PAY_OUT, amount.getText()));
        Button reprint = action(messages.get("manager.reprint"), "reprint-last", model::reprintLast);
        Button refund = action(messages.get("manager.refund"), "refund-last", () -> model.refundLast(amount.getText()));
        Button close = action(messages.get("shift.close"), "goto-close-shift", closeShift);
        Button backButton = action(messages.get("pay.back"), "manager-back", back);

        TextField folder = new TextField(model.defaultFolder().toString());
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
        Button export = action(messages.get("manager.export"), "export-x", () -> model.exportX(folder.getText()));
        Button zClose = action(messages.get("manager.zClose"), "z-close", () -> model.zClose(folder.getText()));
        DatePicker from = new DatePicker(LocalDate.now());
        from.setId("range-from");
        DatePicker to = new DatePicker(LocalDate.now());
        to.setId("range-to");
        CheckBox wholeStore = new CheckBox(messages.get("manager.wholeStore"));
        wholeStore.setId("range-whole-store");
        Button range = action(messages.get("manager.exportRange"), "export-range",
                () -> model.exportRange(folder.getText(), from.getValue(), to.getValue(), wholeStore.isSelected()));

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
        busy.visibleProperty().bind(model.busy());
        actions.disableProperty().bind(busy.visibleProperty());
        reportsBox.disableProperty().bind(busy.visibleProperty());
        getChildren().addAll(new Label(messages.get("manager.title")), amount, actions, reportsBox, busy, message);
    }

    private static Button action(String text, String id, Runnable onAction) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("big-action");
        b.setOnAction(e -> onAction.run());
        return b;
    }
}

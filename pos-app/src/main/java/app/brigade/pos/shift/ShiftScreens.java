package app.brigade.pos.shift;

import app.brigade.store.query.ShiftSummary;
import app.brigade.ui.i18n.Messages;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The shift-open (count the float) and blind-close (count by denomination) screens. */
public final class ShiftScreens {

    private ShiftScreens() {
    }

    public static Node open(ShiftViewModel model, Messages messages, Consumer<ShiftSummary> opened) {
        TextField amount = new TextField();
        amount.setId("float-amount");
        amount.setPromptText(messages.get("shift.float"));
        amount.setMaxWidth(240);
        amount.textProperty().bindBidirectional(model.openingFloatProperty());
        Button open = new Button(messages.get("shift.open"));
        open.setId("open-shift");
        open.getStyleClass().addAll("big-action", "accent");
        open.setOnAction(e -> model.openShift(opened));
        amount.setOnAction(e -> model.openShift(opened));
        Label message = message(model);
        amount.sceneProperty().subscribe(scene -> {
            if (scene != null) {
                javafx.application.Platform.runLater(amount::requestFocus);
            }
        });
        VBox box = new VBox(12, new Label(messages.get("shift.float")), amount, open, message);
        box.setId("shift-open-screen");
        box.setAlignment(Pos.CENTER);
        return box;
    }

    public static Node close(ShiftViewModel model, Messages messages, Runnable done) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        for (long d : model.denominations()) {
            TextField count = new TextField();
            count.setId("count-" + d);
            count.setPrefColumnCount(5);
            count.textProperty().bindBidirectional(model.count(d));
            grid.addRow(row++, new Label(model.label(d)), count);
        }
        Button close = new Button(messages.get("shift.close"));
        close.setId("close-shift");
        close.getStyleClass().addAll("big-action", "danger");
        close.setOnAction(e -> model.blindClose(s -> { }));
        Label result = new Label();
        result.setId("shift-result");
        result.getStyleClass().add("total-label");
        result.textProperty().bind(model.resultProperty());
        Button finish = new Button("OK");
        finish.setId("shift-done");
        finish.setOnAction(e -> done.run());
        finish.visibleProperty().bind(model.resultProperty().isNotEmpty());
        VBox box = new VBox(12, new Label(messages.get("shift.close")), grid, close, result, message(model), finish);
        box.setId("shift-close-screen");
        box.setPadding(new Insets(16));
        return box;
    }

    private static Label message(ShiftViewModel model) {
        Label message = new Label();
        message.setId("shift-message");
        message.getStyleClass().add("error-label");
        message.textProperty().bind(model.messageProperty());
        return message;
    }
}

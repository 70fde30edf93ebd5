package app.brigade.pos.payment;

import app.brigade.pos.service.CheckSplit;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.theme.Theme;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The touch dialog that asks which seat, or which lines, go to a new check. */
public final class SplitCheckDialog {

    private SplitCheckDialog() {
    }

    /** Shows the dialog for {@code model}'s check; empty when the cashier cancelled. */
    public static Optional<CheckSplit> ask(SplitCheckViewModel model, Messages messages, Window owner) {
        Dialog<CheckSplit> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(model.title());
        dialog.setHeaderText(model.title());
        dialog.getDialogPane().setId("split-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Theme.style(dialog.getDialogPane().getScene());

        FlowPane seats = new FlowPane(8, 8);
        ToggleGroup seatGroup = new ToggleGroup();
        for (int seat : model.seats()) {
            ToggleButton b = new ToggleButton(messages.format("split.seat", seat));
            b.setId("split-seat-" + seat);
            b.getStyleClass().add("item-button");
            b.setToggleGroup(seatGroup);
            b.setOnAction(e -> model.chooseSeat(seat));
            seats.getChildren().add(b);
        }
        VBox lines = new VBox(6);
        for (int i = 0; i < model.lines().size(); i++) {
            SplitCheckViewModel.Choice c = model.lines().get(i);
            ToggleButton b = new ToggleButton(c.text() + "   " + c.price());
            b.setId("split-line-" + i);
            b.setMinHeight(48);
            b.setMaxWidth(Double.MAX_VALUE);
            b.selectedProperty().bindBidirectional(c.chosen());
            lines.getChildren().add(b);
        }
        ScrollPane lineScroll = new ScrollPane(lines);
        lineScroll.setFitToWidth(true);
        lineScroll.setPrefViewportHeight(320);
        Label preview = new Label();
        preview.setId("split-preview");
        preview.setWrapText(true);
        preview.textProperty().bind(model.previewProperty());
        VBox content = new VBox(12);
        if (!model.seats().isEmpty()) {
            content.getChildren().addAll(new Label(messages.get("split.bySeat")), seats);
        }
        content.getChildren().addAll(new Label(messages.get("split.byItem")), lineScroll, preview);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);

        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("split-ok");
        ok.disableProperty().bind(model.validProperty().not());
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("split-cancel");
        dialog.setResultConverter(bt -> bt == ButtonType.OK ? model.request().orElse(null) : null);
        return dialog.showAndWait();
    }
}

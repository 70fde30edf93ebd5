package app.brigade.pos.payment;

import app.brigade.ui.i18n.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The pay screen: due, keypad and quick cash, card details, tip, and the change in large type. */
public final class PaymentScreen extends HBox {

    public PaymentScreen(PaymentViewModel model, Messages messages, Runnable back) {
        setId("payment-screen");
        setSpacing(24);
        setPadding(new Insets(16));

        Label due = new Label();
        due.setId("pay-due");
        due.getStyleClass().add("total-label");
        due.textProperty().bind(model.dueProperty());
        TextField amount = field("pay-amount", messages.get("pay.amount"));
        amount.textProperty().bindBidirectional(model.amountProperty());
        amount.setOnAction(e -> model.payCash()); // Enter in the amount field takes it as cash
        sceneProperty().subscribe(scene -> {
            if (scene != null) {
                javafx.application.Platform.runLater(amount::requestFocus);
            }
        });
        GridPane keypad = new GridPane();
        keypad.setHgap(6);
        keypad.setVgap(6);
        String decimal = String.valueOf(java.text.DecimalFormatSymbols.getInstance(messages.locale())
                .getDecimalSeparator());
        String[] keys = {"7", "8", "9", "4", "5", "6", "1", "2", "3", decimal, "0", "C"};
        for (int i = 0; i < keys.length; i++) {
            String k = keys[i];
            Button b = new Button(k);
            b.setId("key-" + (k.equals(decimal) ? "dec" : k));
            b.getStyleClass().add("pin-key");
            b.setFocusTraversable(false);
            b.setOnAction(e -> {
                if (k.equals("C")) {
                    model.clearAmount();
                } else {
                    model.key(k);
                }
            });
            keypad.add(b, i % 3, i / 3);
        }
        FlowPane quick = new FlowPane(6, 6);
        quick.setId("quick-cash");
        Runnable refreshQuick = () -> quick.getChildren().setAll(model.quickCash().stream().map(v -> {
            Button b = new Button(model.format(v));
            b.setId("quick-" + v);
            b.getStyleClass().add("item-button");
            b.setOnAction(e -> model.payCashExact(v));
            return b;
        }).toList());
        model.orderProperty().subscribe(o -> refreshQuick.run());
        Button cash = new Button(messages.get("pay.cash"));
        cash.setId("pay-cash");
        cash.getStyleClass().addAll("big-action", "success");
        cash.setMaxWidth(Double.MAX_VALUE);
        cash.setOnAction(e -> model.payCash());
        VBox left = new VBox(12, due, amount, keypad, quick, cash);
        left.setPrefWidth(360);

        TextField tip = field("pay-tip", messages.get("pay.tip"));
        tip.textProperty().bindBidirectional(model.tipProperty());
        TextField brand = field("card-brand", messages.get("pay.brand"));
        brand.textProperty().bindBidirectional(model.cardBrandProperty());
        TextField last4 = field("card-last4", messages.get("pay.last4"));
        last4.textProperty().bindBidirectional(model.cardLast4Property());
        TextField auth = field("card-auth", messages.get("pay.auth"));
        auth.textProperty().bindBidirectional(model.cardAuthProperty());
        Button card = new Button(messages.get("pay.card"));
        card.setId("pay-card");
        card.getStyleClass().addAll("big-action", "accent");
        card.setMaxWidth(Double.MAX_VALUE);
        card.setOnAction(e -> model.payCard());
        Label change = new Label();
        change.setId("pay-change");
        change.getStyleClass().add("change-label");
        change.textProperty().bind(model.changeProperty());
        Label message = new Label();
        message.setId("pay-message");
        message.getStyleClass().add("error-label");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Button split = new Button(messages.get("pay.split"));
        split.setId("split-check");
        split.setOnAction(e -> SplitCheckDialog.ask(model.splitModel(), messages, getScene().getWindow())
                .ifPresent(model::splitCheck));
        model.orderProperty().subscribe(o -> split.setDisable(!model.canSplit()));
        Button backButton = new Button(messages.get("pay.back"));
        backButton.setId("pay-back");
        backButton.setOnAction(e -> back.run());
        VBox right = new VBox(12, new Label(messages.get("pay.tip")), tip, new Label(messages.get("pay.card")), brand,
                last4, auth, card, change, message, new HBox(8, split, backButton));
        right.setAlignment(Pos.TOP_LEFT);
        right.setPrefWidth(380);
        getChildren().addAll(left, right);
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setMinHeight(48);
        return f;
    }
}

package app.brigade.ui.pin;

import app.brigade.ui.i18n.Messages;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * A touch PIN pad (large digit keys, clear, backspace, OK) that also takes the keyboard: digits,
 * Backspace, Escape to clear and Enter to submit. The PIN is shown as dots only.
 */
public final class PinPad extends VBox {

    public static final int MAX_DIGITS = 8;

    private final ReadOnlyStringWrapper entered = new ReadOnlyStringWrapper("");
    private final Label display = new Label();
    private Consumer<String> onSubmit = pin -> { };

    public PinPad(Messages messages) {
        getStyleClass().add("pin-pad");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        setFocusTraversable(true);
        display.setId("pin-display");
        display.getStyleClass().add("pin-display");
        display.textProperty().bind(entered.map(s -> "●".repeat(s.length())));
        GridPane keys = new GridPane();
        keys.getStyleClass().add("pin-keys");
        keys.setHgap(8);
        keys.setVgap(8);
        keys.setAlignment(Pos.CENTER);
        for (int d = 1; d <= 9; d++) {
            keys.add(digit(d), (d - 1) % 3, (d - 1) / 3);
        }
        Button clear = key(messages.get("pin.clear"), "pin-clear");
        clear.setOnAction(e -> clear());
        Button back = key(messages.get("pin.back"), "pin-back");
        back.setOnAction(e -> backspace());
        keys.add(clear, 0, 3);
        keys.add(digit(0), 1, 3);
        keys.add(back, 2, 3);
        Button ok = key(messages.get("pin.ok"), "pin-ok");
        ok.getStyleClass().add("accent");
        ok.setMaxWidth(Double.MAX_VALUE);
        ok.setOnAction(e -> submit());
        Label title = new Label(messages.get("pin.title"));
        title.getStyleClass().add("pin-title");
        getChildren().addAll(title, display, keys, ok);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private Button digit(int d) {
        Button b = key(String.valueOf(d), "pin-" + d);
        b.setOnAction(e -> type(d));
        return b;
    }

    private static Button key(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("pin-key");
        b.setFocusTraversable(false);
        return b;
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code.isDigitKey()) {
            String t = e.getText();
            if (t != null && t.length() == 1 && Character.isDigit(t.charAt(0))) {
                type(t.charAt(0) - '0');
                e.consume();
            }
        } else if (code == KeyCode.BACK_SPACE) {
            backspace();
            e.consume();
        } else if (code == KeyCode.ESCAPE) {
            clear();
            e.consume();
        } else if (code == KeyCode.ENTER) {
            submit();
            e.consume();
        }
    }

    public void type(int digit) {
        if (entered.get().length() < MAX_DIGITS) {
            entered.set(entered.get() + digit);
        }
    }

    public void backspace() {
        String s = entered.get();
        if (!s.isEmpty()) {
            entered.set(s.substring(0, s.length() - 1));
        }
    }

    public void clear() {
        entered.set("");
    }

    private void submit() {
        String pin = entered.get();
        clear();
        onSubmit.accept(pin);
    }

    public void setOnSubmit(Consumer<String> handler) {
        this.onSubmit = handler;
    }

    public ReadOnlyStringProperty enteredProperty() {
        return entered.getReadOnlyProperty();
    }
}

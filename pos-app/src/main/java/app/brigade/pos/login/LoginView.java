package app.brigade.pos.login;

import app.brigade.ui.i18n.Messages;
import app.brigade.ui.pin.PinPad;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The PIN login screen. */
public final class LoginView extends VBox {

    private final Timeline ticker;

    public LoginView(LoginViewModel model, Messages messages, String storeName) {
        setId("login-view");
        setAlignment(Pos.CENTER);
        setSpacing(16);
        Label store = new Label(storeName);
        store.getStyleClass().add("title-2");
        PinPad pad = new PinPad(messages);
        pad.setMaxWidth(320);
        pad.setOnSubmit(model::submit);
        pad.disableProperty().bind(model.lockedProperty());
        Label message = new Label();
        message.setId("login-message");
        message.getStyleClass().add("error-label");
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(store, pad, message);
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        sceneProperty().subscribe(scene -> {
            if (scene == null) {
                ticker.stop();
            } else {
                pad.requestFocus();
            }
        });
    }
}

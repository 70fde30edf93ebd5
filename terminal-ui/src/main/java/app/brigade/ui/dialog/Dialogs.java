package app.brigade.ui.dialog;

import app.brigade.ui.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place errors reach the user, in their words; details go to the log (JabRef's DialogService). */
public final class Dialogs {

    private static final Logger LOG = LoggerFactory.getLogger(Dialogs.class);
    private final Messages messages;
    private final Window owner;

    public Dialogs(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    public void error(String whatHappened, Throwable details) {
        if (details != null) {
            LOG.warn("{}", whatHappened, details);
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, whatHappened, ButtonType.OK);
        alert.setHeaderText(messages.get("dialog.error"));
        alert.initOwner(owner);
        alert.show();
    }

    public void info(String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.setHeaderText(null);
        alert.initOwner(owner);
        alert.show();
    }
}

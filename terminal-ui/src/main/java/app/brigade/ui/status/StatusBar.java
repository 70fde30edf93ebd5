package app.brigade.ui.status;

import app.brigade.ui.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The strip at the bottom of every screen; everything it shows comes from a {@link StatusBarModel}. */
public final class StatusBar extends HBox {

    public static final String STYLE_CLASS = "status-bar";
    private static final PseudoClass OFFLINE = PseudoClass.getPseudoClass("offline");
    private static final PseudoClass DEGRADED = PseudoClass.getPseudoClass("degraded");
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    public StatusBar(StatusBarModel model, Messages messages) {
        getStyleClass().add(STYLE_CLASS);
        Label connection = label("status-connection");
        connection.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("status." + model.connectivityProperty().get().name().toLowerCase()),
                model.connectivityProperty()));
        model.connectivityProperty().subscribe(c -> {
            connection.pseudoClassStateChanged(OFFLINE, c == Connectivity.OFFLINE || c == Connectivity.REENROLL);
            connection.pseudoClassStateChanged(DEGRADED, c == Connectivity.DEGRADED);
        });
        Label unsynced = label("status-unsynced");
        unsynced.textProperty().bind(Bindings.createStringBinding(
                () -> model.unsyncedProperty().get() == 0 ? messages.get("status.synced")
                        : messages.format("status.unsynced", model.unsyncedProperty().get(),
                                model.oldestUnsyncedSecondsProperty().get() / 60),
                model.unsyncedProperty(), model.oldestUnsyncedSecondsProperty()));
        // A standalone terminal has nothing to sync to: the count would only alarm the cashier.
        unsynced.visibleProperty().bind(model.connectivityProperty().isNotEqualTo(Connectivity.STANDALONE));
        unsynced.managedProperty().bind(unsynced.visibleProperty());
        Label printer = label("status-printer");
        printer.textProperty().bind(model.printerProperty());
        model.printerHealthProperty().subscribe(h -> printer.pseudoClassStateChanged(PROBLEM,
                h == StatusBarModel.PrinterHealth.PROBLEM));
        Label terminal = label("status-terminal");
        terminal.textProperty().bind(model.terminalProperty());
        Label employee = label("status-employee");
        employee.textProperty().bind(model.employeeProperty());
        Label clock = label("status-clock");
        clock.textProperty().bind(model.clockProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().addAll(connection, unsynced, printer, grow, terminal, employee, clock);
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("status-item");
        return l;
    }
}

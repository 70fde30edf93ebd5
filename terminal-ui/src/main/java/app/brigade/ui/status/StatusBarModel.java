package app.brigade.ui.status;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the status bar shows on every screen: connectivity, unsynced events and the age of the
 * oldest, printer state, terminal, employee and clock. Fed by services through the UI executor.
 */
public final class StatusBarModel {

    private final ObjectProperty<Connectivity> connectivity = new SimpleObjectProperty<>(Connectivity.STANDALONE);
    private final IntegerProperty unsynced = new SimpleIntegerProperty();
    private final LongProperty oldestUnsyncedSeconds = new SimpleLongProperty();
    private final StringProperty printer = new SimpleStringProperty("");
    private final ObjectProperty<PrinterHealth> printerHealth = new SimpleObjectProperty<>(PrinterHealth.NONE);
    private final StringProperty terminal = new SimpleStringProperty("");
    private final StringProperty employee = new SimpleStringProperty("");
    private final StringProperty clock = new SimpleStringProperty("");

    public ObjectProperty<Connectivity> connectivityProperty() {
        return connectivity;
    }

    public IntegerProperty unsyncedProperty() {
        return unsynced;
    }

    public LongProperty oldestUnsyncedSecondsProperty() {
        return oldestUnsyncedSeconds;
    }

    public StringProperty printerProperty() {
        return printer;
    }

    public ObjectProperty<PrinterHealth> printerHealthProperty() {
        return printerHealth;
    }

    public StringProperty terminalProperty() {
        return terminal;
    }

    public StringProperty employeeProperty() {
        return employee;
    }

    public StringProperty clockProperty() {
        return clock;
    }

    /** Printer state in three colours. */
    public enum PrinterHealth {
        NONE,
        READY,
        PROBLEM
    }
}

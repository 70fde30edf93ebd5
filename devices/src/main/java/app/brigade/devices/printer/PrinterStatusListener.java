package app.brigade.devices.printer;

/**
 * Receives printer state changes, on the printer's device thread: keep it quick and hand UI work to
 * the UI executor.
 */
@FunctionalInterface
public interface PrinterStatusListener {

    /** Called when a printer's state or detail changes. */
    void statusChanged(PrinterStatusEvent event);
}

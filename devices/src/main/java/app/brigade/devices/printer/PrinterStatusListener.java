package app.brigade.devices.printer;

/**
 * Receives printer states, on the printer's device thread: keep it quick and hand UI work to
 * the UI executor.
 */
@FunctionalInterface
public interface PrinterStatusListener {

    /** Called with a printer's current status when the listener is added, then whenever its state or detail changes. */
    void statusChanged(PrinterStatusEvent event);
}

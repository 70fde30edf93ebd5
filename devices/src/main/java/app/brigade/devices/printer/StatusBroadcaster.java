package app.brigade.devices.printer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivers printer status events to listeners; a failing listener is logged and skipped. */
final class StatusBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(StatusBroadcaster.class);

    private final List<PrinterStatusListener> listeners = new CopyOnWriteArrayList<>();

    void add(PrinterStatusListener listener) {
        listeners.add(listener);
    }

    void remove(PrinterStatusListener listener) {
        listeners.remove(listener);
    }

    void publish(PrinterStatusEvent event) {
        for (PrinterStatusListener listener : listeners) {
            deliver(listener, event);
        }
    }

    static void deliver(PrinterStatusListener listener, PrinterStatusEvent event) {
        try {
            listener.statusChanged(event);
        } catch (RuntimeException e) {
            LOG.warn("Printer status listener {} failed on {}", listener, event, e);
        }
    }
}

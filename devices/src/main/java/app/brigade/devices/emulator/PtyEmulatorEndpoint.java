package app.brigade.devices.emulator;

import app.brigade.devices.link.DeviceLink;
import app.brigade.devices.link.LinkException;
import app.brigade.devices.link.SerialSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the emulator's end of a pty pair (or a real serial port), reopening it by path whenever it
 * disappears, e.g. while socat restarts.
 */
final class PtyEmulatorEndpoint implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PtyEmulatorEndpoint.class);
    private static final long REOPEN_PAUSE_MILLIS = 25;

    private final PrinterEmulator emulator;
    private final String path;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile DeviceLink link;

    PtyEmulatorEndpoint(PrinterEmulator emulator, String path) {
        this.emulator = emulator;
        this.path = path;
        this.thread = Thread.ofPlatform().name("printer-emulator-pty").daemon(true).start(this::serveLoop);
    }

    private void serveLoop() {
        String lastProblem = "";
        while (running) {
            DeviceLink candidate = SerialSettings.of(path, 115200).newLink();
            link = candidate;
            try {
                candidate.open();
                lastProblem = "";
                emulator.serve(candidate, () -> running);
            } catch (LinkException e) {
                if (!e.getMessage().equals(lastProblem)) {
                    LOG.info("Emulator waiting for {}: {}", path, e.getMessage());
                    lastProblem = e.getMessage();
                }
            } finally {
                candidate.close();
            }
            try {
                Thread.sleep(REOPEN_PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        DeviceLink current = link;
        if (current != null) {
            current.close();
        }
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package app.brigade.devices.link;

import java.time.Duration;

/**
 * A byte pipe to one device (serial port or TCP socket). Blocking and bounded by timeouts; used by
 * exactly one device thread, never by callers directly.
 */
public interface DeviceLink extends AutoCloseable {

    /** The port or address, for messages ("/dev/ttyUSB0", "10.0.0.5:9100"). */
    String name();

    /** Opens (or reopens by name after a disconnect); a no-op when already open. */
    void open() throws LinkException;

    /** Whether the link is open and its peer has not been seen to go away. */
    boolean isOpen();

    /** Writes all bytes or throws; bounded by the link's write timeout. */
    void write(byte[] data) throws LinkException;

    /**
     * Reads what is available into {@code buffer}, waiting at most {@code timeout} for the first
     * byte; returns 0 when nothing arrived in time.
     */
    int read(byte[] buffer, Duration timeout) throws LinkException;

    /** Drops bytes already received and not yet read (stale answers). */
    void discardInput() throws LinkException;

    /** Closes the link; safe to call repeatedly and from any thread. */
    @Override
    void close();
}

package app.brigade.devices.link;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortDataListener;
import com.fazecast.jSerialComm.SerialPortEvent;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A serial link on jSerialComm, opened by port name or path (a symlink to a pty works).
 *
 * <p>When the peer goes away jSerialComm fires {@code LISTENING_EVENT_PORT_DISCONNECTED} over and
 * over while {@code isOpen()} stays true and writes return 0; so the handler marks the link
 * disconnected and has the port closed, and the next {@link #open()} looks the port up again by
 * name. The close runs on a separate thread: {@code closePort()} on the event thread deadlocks
 * with a device thread that is closing the port at the same moment (each waits for the other).
 */
public final class SerialLink implements DeviceLink {

    private static final Logger LOG = LoggerFactory.getLogger(SerialLink.class);
    private static final ScheduledExecutorService CLOSER = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("serial-link-closer").daemon(true).unstarted(r));

    private final SerialSettings settings;
    private volatile SerialPort port;
    private volatile boolean disconnected;
    private int currentReadTimeoutMillis = -1;

    /** A link for the given settings; nothing is opened until {@link #open()}. */
    public SerialLink(SerialSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return settings.portName();
    }

    @Override
    public synchronized void open() throws LinkException {
        if (isOpen()) {
            return;
        }
        close();
        SerialPort candidate;
        try {
            candidate = SerialPort.getCommPort(settings.portName());
        } catch (SerialPortInvalidPortException e) {
            throw new LinkException("Serial port '" + settings.portName()
                    + "' does not exist; check the port name or path (e.g. COM3, /dev/ttyUSB0) and that the device is plugged in", e);
        }
        configure(candidate);
        if (!candidate.openPort()) {
            throw new LinkException("Serial port '" + settings.portName() + "' could not be opened (error "
                    + candidate.getLastErrorCode() + "): it may be in use by another program or need permission"
                    + " (on Linux, membership of the dialout group)");
        }
        disconnected = false;
        currentReadTimeoutMillis = -1;
        candidate.addDataListener(new DisconnectListener(candidate));
        port = candidate;
        LOG.debug("Opened serial port {}", settings.portName());
    }

    @Override
    public boolean isOpen() {
        SerialPort p = port;
        return p != null && !disconnected && p.isOpen();
    }

    /**
     * Writes all bytes. jSerialComm honours write timeouts only on Windows, so a watchdog closes the
     * port if the write has not finished within the write timeout plus the bytes' wire time (e.g.
     * a printer holding CTS low forever); the write then fails instead of blocking the device thread.
     */
    @Override
    public void write(byte[] data) throws LinkException {
        SerialPort p = requireOpen();
        long limitNanos = settings.writeTimeout().plus(settings.transferTime(data.length)).toNanos();
        ScheduledFuture<?> watchdog = CLOSER.schedule(() -> {
            disconnected = true;
            p.closePort();
        }, limitNanos, TimeUnit.NANOSECONDS);
        int written;
        try {
            written = p.writeBytes(data, data.length);
        } finally {
            watchdog.cancel(false);
        }
        if (written != data.length) {
            throw new LinkException("Serial port '" + settings.portName() + "' accepted " + Math.max(written, 0)
                    + " of " + data.length + " bytes: the device is gone or did not take data within "
                    + settings.writeTimeout().toMillis() + " ms");
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws LinkException {
        SerialPort p = requireOpen();
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        if (millis != currentReadTimeoutMillis) {
            p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, millis,
                    writeTimeoutMillis());
            currentReadTimeoutMillis = millis;
        }
        int n = p.readBytes(buffer, buffer.length);
        if (n < 0 || disconnected) {
            throw new LinkException("Serial port '" + settings.portName() + "' was disconnected");
        }
        return n;
    }

    @Override
    public void discardInput() throws LinkException {
        SerialPort p = requireOpen();
        byte[] scratch = new byte[256];
        int available;
        while ((available = p.bytesAvailable()) > 0) {
            p.readBytes(scratch, Math.min(available, scratch.length));
        }
        if (available < 0) {
            throw new LinkException("Serial port '" + settings.portName() + "' was disconnected");
        }
    }

    @Override
    public void close() {
        SerialPort p = port;
        port = null;
        if (p != null) {
            p.removeDataListener();
            p.closePort();
        }
    }

    private SerialPort requireOpen() throws LinkException {
        SerialPort p = port;
        if (p == null || disconnected || !p.isOpen()) {
            throw new LinkException("Serial port '" + settings.portName() + "' is not open (disconnected or closed)");
        }
        return p;
    }

    private void configure(SerialPort p) {
        p.setComPortParameters(settings.baudRate(), settings.dataBits(), stopBits(), parity());
        p.setFlowControl(flowControl());
        p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, 100,
                writeTimeoutMillis());
    }

    private int writeTimeoutMillis() {
        return (int) Math.max(1, settings.writeTimeout().toMillis());
    }

    private int stopBits() {
        return switch (settings.stopBits()) {
            case ONE -> SerialPort.ONE_STOP_BIT;
            case ONE_POINT_FIVE -> SerialPort.ONE_POINT_FIVE_STOP_BITS;
            case TWO -> SerialPort.TWO_STOP_BITS;
        };
    }

    private int parity() {
        return switch (settings.parity()) {
            case NONE -> SerialPort.NO_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
            case EVEN -> SerialPort.EVEN_PARITY;
            case MARK -> SerialPort.MARK_PARITY;
            case SPACE -> SerialPort.SPACE_PARITY;
        };
    }

    private int flowControl() {
        return switch (settings.flowControl()) {
            case NONE -> SerialPort.FLOW_CONTROL_DISABLED;
            case RTS_CTS -> SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED;
            case DSR_DTR -> SerialPort.FLOW_CONTROL_DSR_ENABLED | SerialPort.FLOW_CONTROL_DTR_ENABLED;
            case XON_XOFF -> SerialPort.FLOW_CONTROL_XONXOFF_IN_ENABLED | SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED;
        };
    }

    /** Closes the port after the first disconnect event, which otherwise repeats endlessly. */
    private final class DisconnectListener implements SerialPortDataListener {
        private final SerialPort owner;
        private final AtomicBoolean closing = new AtomicBoolean();

        DisconnectListener(SerialPort owner) {
            this.owner = owner;
        }

        @Override
        public int getListeningEvents() {
            return SerialPort.LISTENING_EVENT_PORT_DISCONNECTED;
        }

        @Override
        public void serialEvent(SerialPortEvent event) {
            if (event.getEventType() == SerialPort.LISTENING_EVENT_PORT_DISCONNECTED && closing.compareAndSet(false, true)) {
                if (owner == port) {
                    disconnected = true;
                }
                CLOSER.execute(owner::closePort);
                LOG.info("Serial port {} disconnected; closing it, will reopen by name", settings.portName());
            }
        }
    }
}

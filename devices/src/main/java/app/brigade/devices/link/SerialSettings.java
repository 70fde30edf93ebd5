package app.brigade.devices.link;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Serial port settings: port name or path ({@code COM3}, {@code /dev/ttyUSB0}, a symlink to a pty),
 * line parameters and flow control, plus the write timeout.
 */
public record SerialSettings(
        String portName,
        int baudRate,
        int dataBits,
        StopBits stopBits,
        Parity parity,
        FlowControl flowControl,
        Duration writeTimeout) implements LinkConfig {

    private static final Set<Integer> BAUD_RATES =
            Set.of(1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400);

    public SerialSettings {
        if (portName == null || portName.isBlank()) {
            throw new IllegalArgumentException("Serial port name must not be blank (e.g. COM3 or /dev/ttyUSB0)");
        }
        if (!BAUD_RATES.contains(baudRate)) {
            throw new IllegalArgumentException("Baud rate " + baudRate + " for serial port '" + portName
                    + "' is not supported; allowed: 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400");
        }
        if (dataBits < 7 || dataBits > 8) {
            throw new IllegalArgumentException("Data bits for serial port '" + portName + "' must be 7 or 8, was " + dataBits);
        }
        Objects.requireNonNull(stopBits, "stopBits");
        Objects.requireNonNull(parity, "parity");
        Objects.requireNonNull(flowControl, "flowControl");
        Objects.requireNonNull(writeTimeout, "writeTimeout");
    }

    /** 8N1 at the given baud rate, no flow control, 2 s write timeout. */
    public static SerialSettings of(String portName, int baudRate) {
        return new SerialSettings(portName, baudRate, 8, StopBits.ONE, Parity.NONE, FlowControl.NONE,
                Duration.ofSeconds(2));
    }

    /** The same settings with another flow control. */
    public SerialSettings withFlowControl(FlowControl flow) {
        return new SerialSettings(portName, baudRate, dataBits, stopBits, parity, flow, writeTimeout);
    }

    /** The same settings with another parity. */
    public SerialSettings withParity(Parity newParity) {
        return new SerialSettings(portName, baudRate, dataBits, stopBits, newParity, flowControl, writeTimeout);
    }

    @Override
    public DeviceLink newLink() {
        return new SerialLink(this);
    }

    /** Start bit + data bits + parity + stop bits, per byte, divided by the baud rate. */
    @Override
    public Duration transferTime(int bytes) {
        int bitsPerByte = 1 + dataBits + (parity == Parity.NONE ? 0 : 1) + (stopBits == StopBits.ONE ? 1 : 2);
        return Duration.ofNanos((long) bytes * bitsPerByte * 1_000_000_000L / baudRate);
    }

    @Override
    public String describe() {
        return "serial port '" + portName + "'";
    }

    /** Stop bits per character. */
    public enum StopBits { ONE, ONE_POINT_FIVE, TWO }

    /** Parity bit. */
    public enum Parity { NONE, ODD, EVEN, MARK, SPACE }

    /** Flow control: none, hardware (RTS/CTS), DSR/DTR or software (XON/XOFF). */
    public enum FlowControl { NONE, RTS_CTS, DSR_DTR, XON_XOFF }
}

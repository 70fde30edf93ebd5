package app.brigade.devices.link;

import java.time.Duration;
import java.util.Objects;

/** A network printer's address (raw TCP, usually port 9100) with connect and write timeouts. */
public record TcpSettings(String host, int port, Duration connectTimeout, Duration writeTimeout) implements LinkConfig {

    /** The usual raw printing port ("JetDirect"). */
    public static final int RAW_PRINT_PORT = 9100;

    public TcpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("Printer host must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("TCP port for printer host '" + host + "' must be 1..65535, was " + port);
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(writeTimeout, "writeTimeout");
    }

    /** A printer at {@code host:port} with 2 s connect and write timeouts. */
    public static TcpSettings of(String host, int port) {
        return new TcpSettings(host, port, Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Override
    public DeviceLink newLink() {
        return new TcpLink(this);
    }

    @Override
    public Duration transferTime(int bytes) {
        return Duration.ZERO;
    }

    @Override
    public String describe() {
        return "printer at " + host + ":" + port;
    }
}

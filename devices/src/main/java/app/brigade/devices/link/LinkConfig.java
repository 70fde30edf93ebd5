package app.brigade.devices.link;

/** Where a device is attached: a serial port or a TCP address; creates the matching link. */
public sealed interface LinkConfig permits SerialSettings, TcpSettings {

    /** A new, not yet opened link for this configuration. */
    DeviceLink newLink();

    /** The port or address, for messages. */
    String describe();

    /** How long {@code bytes} take on the wire at best (zero when the link is not the bottleneck). */
    java.time.Duration transferTime(int bytes);
}

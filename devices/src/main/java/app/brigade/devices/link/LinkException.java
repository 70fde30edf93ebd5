package app.brigade.devices.link;

import java.io.IOException;

/** A device link could not be opened, written or read; the message names the port or address. */
public class LinkException extends IOException {

    public LinkException(String message) {
        super(message);
    }

    public LinkException(String message, Throwable cause) {
        super(message, cause);
    }
}

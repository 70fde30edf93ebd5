package app.brigade.devices.emulator;

import java.io.IOException;

/** A blocking stream of bytes for the decoder; ends by throwing when the connection is gone. */
@FunctionalInterface
interface ByteSource {

    /** The next byte as 0..255; blocks until one arrives. */
    int next() throws IOException;
}

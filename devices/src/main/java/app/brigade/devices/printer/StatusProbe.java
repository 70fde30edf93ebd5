package app.brigade.devices.printer;

import app.brigade.devices.escpos.EscPosEncoder;
import app.brigade.devices.link.DeviceLink;
import app.brigade.devices.link.LinkException;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Optional;

/** Asks a printer {@code DLE EOT 1..4} in one write and decodes the four answers. */
final class StatusProbe {

    private static final byte[] REQUEST = request();

    private StatusProbe() {
    }

    /** The decoded status, or empty when the four answers did not arrive within {@code timeout}. */
    static Optional<PrinterStatus> probe(DeviceLink link, Duration timeout) throws LinkException {
        link.discardInput();
        link.write(REQUEST);
        byte[] answers = new byte[4];
        byte[] buffer = new byte[16];
        int received = 0;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received < 4) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return Optional.empty();
            }
            int n = link.read(buffer, Duration.ofNanos(remaining));
            for (int i = 0; i < n && received < 4; i++) {
                // Anything else is noise (e.g. a late answer's tail); real answers carry fixed bits.
                if (PrinterStatus.isStatusByte(buffer[i])) {
                    answers[received++] = buffer[i];
                }
            }
        }
        return Optional.of(PrinterStatus.decode(answers));
    }

    private static byte[] request() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int n = 1; n <= 4; n++) {
            out.writeBytes(EscPosEncoder.statusRequest(n));
        }
        return out.toByteArray();
    }
}

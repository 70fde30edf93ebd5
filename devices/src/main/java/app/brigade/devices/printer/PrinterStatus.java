package app.brigade.devices.printer;

/**
 * A printer's answer to {@code DLE EOT 1..4}, decoded.
 *
 * @param offline      n=1 bit 3
 * @param drawerOpen   n=1 bit 2: drawer connector pin 3 high (open, with the usual drawer switch)
 * @param coverOpen    n=2 bit 2
 * @param paperEnd     n=2 bit 5 or n=4 bits 5-6
 * @param paperNearEnd n=4 bits 2-3
 * @param error        n=2 bit 6 or an error cause in n=3 (cutter, unrecoverable, auto-recoverable)
 */
public record PrinterStatus(
        boolean offline, boolean drawerOpen, boolean coverOpen, boolean paperEnd, boolean paperNearEnd, boolean error) {

    /** A ready printer with a closed drawer. */
    public static final PrinterStatus READY = new PrinterStatus(false, false, false, false, false, false);

    /**
     * Decodes the four answer bytes (n = 1, 2, 3, 4).
     *
     * @throws IllegalArgumentException when a byte lacks the fixed bits of a status answer
     */
    public static PrinterStatus decode(byte[] answers) {
        if (answers.length != 4) {
            throw new IllegalArgumentException("Expected 4 status bytes (DLE EOT 1..4), got " + answers.length);
        }
        for (int i = 0; i < 4; i++) {
            if (!isStatusByte(answers[i])) {
                throw new IllegalArgumentException(String.format(
                        "Byte 0x%02X is not an answer to DLE EOT %d (fixed bits 0x12 missing)", answers[i] & 0xFF, i + 1));
            }
        }
        int printer = answers[0];
        int offlineCause = answers[1];
        int errorCause = answers[2];
        int paper = answers[3];
        boolean paperEnd = bit(offlineCause, 5) || (paper & 0x60) == 0x60;
        boolean error = bit(offlineCause, 6) || bit(errorCause, 3) || bit(errorCause, 5) || bit(errorCause, 6);
        return new PrinterStatus(bit(printer, 3), bit(printer, 2), bit(offlineCause, 2), paperEnd,
                (paper & 0x0C) == 0x0C, error);
    }

    /** Whether {@code b} has the fixed bits every real-time status answer carries (0xx1x01x pattern). */
    public static boolean isStatusByte(byte b) {
        return (b & 0x93) == 0x12;
    }

    /** The state a status bar shows; paper end and cover open win over a generic error. */
    public PrinterState state() {
        if (coverOpen) {
            return PrinterState.COVER_OPEN;
        }
        if (paperEnd) {
            return PrinterState.PAPER_END;
        }
        if (error || offline) {
            return PrinterState.ERROR;
        }
        return PrinterState.READY;
    }

    /** A short description for people ("paper end", "ready, paper low"). */
    public String describe() {
        return switch (state()) {
            case COVER_OPEN -> "cover open";
            case PAPER_END -> "paper end";
            case ERROR -> error ? "printer error (cutter jam, overheating or similar)" : "printer offline";
            case READY -> paperNearEnd ? "ready, paper low" : "ready";
            default -> state().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static boolean bit(int value, int bit) {
        return (value & (1 << bit)) != 0;
    }
}

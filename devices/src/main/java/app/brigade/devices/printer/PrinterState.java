package app.brigade.devices.printer;

/** What a status bar shows for a printer. */
public enum PrinterState {
    /** Not contacted yet. */
    UNKNOWN,
    /** Answering and able to print. */
    READY,
    /** Out of paper. */
    PAPER_END,
    /** Cover open. */
    COVER_OPEN,
    /** Reports an error (cutter jam, overheating…) or offline without a known cause. */
    ERROR,
    /** Unreachable: port missing, connection refused or no answer to the status query. */
    OFFLINE;

    /** Whether jobs can be sent. */
    public boolean canPrint() {
        return this == READY;
    }
}

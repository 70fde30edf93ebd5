package app.brigade.devices.printer;

/** Lifecycle of a durable print job. */
public enum JobState {
    /** Waiting its turn. */
    QUEUED,
    /** Waiting for the printer to recover (paper, cover, offline). */
    HELD,
    /** Bytes are being sent; if the process dies now the outcome is unknown and a resend is a reprint. */
    SENDING,
    /** Confirmed printed. */
    PRINTED,
    /** Given up; see the job's last error. */
    FAILED;

    /** Whether the job still has to be printed. */
    public boolean isPending() {
        return this == QUEUED || this == HELD || this == SENDING;
    }
}

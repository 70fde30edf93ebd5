package app.brigade.devices.printer;

import app.brigade.devices.receipt.ReceiptDocument;
import java.time.Instant;
import java.util.Objects;

/**
 * A durable print job: what to print, where, and how far it got. {@code mayHavePrinted} is set
 * before the first byte is sent, so any later resend is marked as a reprint.
 */
public record PrintJob(
        String id,
        long seq,
        String role,
        String printerId,
        String title,
        ReceiptDocument document,
        JobState state,
        boolean mayHavePrinted,
        int attempts,
        String reroutedFrom,
        String lastError,
        Instant createdAt,
        Instant updatedAt) {

    public PrintJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(printerId, "printerId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new queued job. */
    public static PrintJob queued(String id, long seq, String printerId, PrintRequest request, Instant now) {
        return new PrintJob(id, seq, request.role(), printerId, request.title(), request.document(), JobState.QUEUED,
                false, 0, null, null, now, now);
    }

    /** This job about to be sent: one more attempt, and from now on a resend is a reprint. */
    public PrintJob sending(Instant now) {
        return new PrintJob(id, seq, role, printerId, title, document, JobState.SENDING, true, attempts + 1,
                reroutedFrom, lastError, createdAt, now);
    }

    /** This job in another state with a reason (null when none). */
    public PrintJob withState(JobState newState, String error, Instant now) {
        return new PrintJob(id, seq, role, printerId, title, document, newState, mayHavePrinted, attempts,
                reroutedFrom, error, createdAt, now);
    }

    /** This job moved to a backup printer. */
    public PrintJob reroutedTo(String backupPrinterId, String fromPrinterName, Instant now) {
        return new PrintJob(id, seq, role, backupPrinterId, title, document, JobState.QUEUED, mayHavePrinted, attempts,
                fromPrinterName, lastError, createdAt, now);
    }
}

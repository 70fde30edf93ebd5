package app.brigade.server.events;

import java.util.List;

/**
 * The reply to {@code POST /v1/events}. {@code acked} is the highest contiguous {@code deviceSeq} the
 * server holds for the device (the client may forget events up to it); {@code missingFrom} is the
 * first missing sequence when a gap was seen, else null. {@code serverSeqs} follows the request order.
 */
public record PushReply(
        long acked,
        Long missingFrom,
        int accepted,
        int duplicates,
        List<Long> serverSeqs,
        List<Flag> flagged) {

    /** An event that was stored but needs a manager's (or a newer build's) attention. */
    public record Flag(String eventId, String reason, String detail) {
    }
}

package app.brigade.sync.http;

/**
 * The decoded reply to {@code POST /v1/events}: {@code acked} is the highest contiguous deviceSeq the
 * receiver holds for the device; {@code missingFrom} the first missing one when it saw a gap, else null.
 */
public record PushAck(long acked, Long missingFrom, int accepted, int duplicates) {
}

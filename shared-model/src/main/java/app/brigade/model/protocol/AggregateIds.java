package app.brigade.model.protocol;

/**
 * Ids for what a terminal creates (orders, lines, tickets, payments, shifts…): {@code <kind>-<UUID v7>}.
 * Version 7 puts the creation time first, so ids made later sort later, as strings too (lower-case hex).
 * The local store keys its tables by these ids, and an id that sorts after the ones before it lands at the
 * right edge of H2's B-trees instead of on a random page: measured on a 200k-event rebuild, 1.4–1.6× the
 * events per second of random (v4) ids and an 11 % smaller file (ADR 0021). Unique across terminals for
 * practical purposes as v4 ids are: 62 random bits per id, plus a counter started at random each millisecond.
 */
public final class AggregateIds {

    private static final UuidV7 V7 = UuidV7.systemClock();

    private AggregateIds() {
    }

    /** A new id such as {@code order-0193a5c2-…}; {@code kind} names what it is for. */
    public static String next(String kind) {
        return kind + "-" + V7.next();
    }
}

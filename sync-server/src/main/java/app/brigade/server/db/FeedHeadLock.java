package app.brigade.server.db;

import org.jooq.DSLContext;

/**
 * Takes the feed-head row lock inside a transaction and hands out server sequences. Holding it until
 * commit makes sequence order equal commit order, across instances sharing one database.
 */
public final class FeedHeadLock {

    private final DSLContext tx;
    private long head;

    private FeedHeadLock(DSLContext tx, long head) {
        this.tx = tx;
        this.head = head;
    }

    public static FeedHeadLock acquire(DSLContext tx) {
        Long head = tx.select(Schema.FeedHead.SEQ)
                .from(Schema.FeedHead.TABLE)
                .where(Schema.FeedHead.ID.eq(1))
                .forUpdate()
                .fetchOne(Schema.FeedHead.SEQ);
        if (head == null) {
            throw new IllegalStateException("feed_head row is missing; the schema migration did not run");
        }
        return new FeedHeadLock(tx, head);
    }

    /** The next server sequence. */
    public long next() {
        return ++head;
    }

    public long head() {
        return head;
    }

    /** Writes the new head; call once before commit. */
    public void store() {
        tx.update(Schema.FeedHead.TABLE).set(Schema.FeedHead.SEQ, head).where(Schema.FeedHead.ID.eq(1)).execute();
    }
}

package app.brigade.server.feed;

import static app.brigade.server.db.Schema.Events;

import java.util.List;
import org.jooq.DSLContext;

/** Reads the feed from the database, so every instance serves the same order. */
public final class FeedStore {

    private final DSLContext dsl;

    public FeedStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public FeedPage read(long after, int limit) {
        List<FeedPage.Entry> entries = dsl.select(Events.SERVER_SEQ, Events.BODY)
                .from(Events.TABLE)
                .where(Events.SERVER_SEQ.gt(after))
                .orderBy(Events.SERVER_SEQ)
                .limit(limit)
                .fetch(r -> new FeedPage.Entry(r.get(Events.SERVER_SEQ), r.get(Events.BODY)));
        long next = entries.isEmpty() ? after : entries.getLast().serverSeq();
        return new FeedPage(entries, next);
    }
}

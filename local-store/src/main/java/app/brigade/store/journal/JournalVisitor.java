package app.brigade.store.journal;

/** Receives journal records in position order during a read. */
public interface JournalVisitor {

    void entry(JournalEntry entry);

    /** A record whose CRC is good but whose JSON is not an event this build can read; it stays in the journal. */
    void unreadable(long position, String reason);
}

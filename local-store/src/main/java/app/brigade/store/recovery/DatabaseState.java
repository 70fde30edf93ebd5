package app.brigade.store.recovery;

/** What happened to the H2 file on open. */
public enum DatabaseState {
    /** The existing database opened and passed its integrity check. */
    OPENED,
    /** A new store: no database and an empty journal. */
    CREATED,
    /** The database was missing, unreadable or failed its check; it was moved aside and rebuilt from the journal. */
    REBUILT
}

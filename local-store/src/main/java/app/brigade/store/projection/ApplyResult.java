package app.brigade.store.projection;

/**
 * What applying a batch did: events applied, duplicates skipped (already applied by id), events kept
 * unread (unknown type or newer schema), events flagged for review, and events that could not be
 * projected at all (logged, flagged, and kept in the journal and event log).
 */
public record ApplyResult(long applied, long duplicates, long kept, long flagged, long failed) {

    public static final ApplyResult NONE = new ApplyResult(0, 0, 0, 0, 0);

    public ApplyResult plus(ApplyResult o) {
        return new ApplyResult(applied + o.applied, duplicates + o.duplicates, kept + o.kept, flagged + o.flagged,
                failed + o.failed);
    }
}

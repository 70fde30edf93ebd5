package app.brigade.store.journal;

import java.util.Optional;

/**
 * The end of a journal read: how many records were visited and, if a sealed segment turned out to
 * be damaged, where reading had to stop (nothing after a bad record is accepted).
 */
public record JournalReadResult(long records, long lastPosition, Optional<String> stoppedBecause) {
}

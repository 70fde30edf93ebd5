package app.brigade.store.recovery;

import app.brigade.store.journal.JournalOpenReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What opening a store did: journal repairs, the database's fate (opened, created, or moved aside
 * and rebuilt), how many journal events were replayed into H2 and what was skipped, kept or flagged.
 * Logged on open and shown to a manager when it is not {@link #clean()}.
 */
public record RecoveryReport(
        Path folder,
        JournalOpenReport journal,
        DatabaseState database,
        Optional<Path> databaseMovedTo,
        Optional<String> databaseProblem,
        long appliedPositionBefore,
        long journalLastPosition,
        long eventsReplayed,
        long duplicatesSkipped,
        long unknownKept,
        long flagged,
        long failedToApply,
        long unreadableRecords,
        List<String> problems,
        Duration took) {

    public RecoveryReport {
        problems = List.copyOf(problems);
    }

    /** True when nothing had to be repaired: the journal was intact and the database opened as it was. */
    public boolean clean() {
        return journal.clean() && database != DatabaseState.REBUILT && problems.isEmpty() && failedToApply == 0
                && unreadableRecords == 0;
    }

    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append("store ").append(folder).append(": database ").append(database.name().toLowerCase());
        databaseProblem.ifPresent(p -> s.append(" (").append(p).append(')'));
        databaseMovedTo.ifPresent(p -> s.append(", damaged file kept in ").append(p));
        s.append("; journal positions ").append(journal.firstPosition()).append("..").append(journalLastPosition)
                .append(" in ").append(journal.segments()).append(" segment(s)");
        if (journal.tornBytesCut() > 0) {
            s.append(", ").append(journal.tornBytesCut()).append(" torn byte(s) cut");
        }
        s.append("; replayed ").append(eventsReplayed).append(" event(s) after position ")
                .append(appliedPositionBefore);
        if (duplicatesSkipped > 0) {
            s.append(", ").append(duplicatesSkipped).append(" duplicate(s) skipped");
        }
        if (unknownKept > 0) {
            s.append(", ").append(unknownKept).append(" unknown event(s) kept");
        }
        if (flagged > 0) {
            s.append(", ").append(flagged).append(" flagged for review");
        }
        if (failedToApply > 0 || unreadableRecords > 0) {
            s.append(", ").append(failedToApply).append(" not applicable, ").append(unreadableRecords)
                    .append(" unreadable");
        }
        journal.problems().forEach(p -> s.append("\n  journal: ").append(p));
        problems.forEach(p -> s.append("\n  ").append(p));
        s.append("\n  took ").append(took.toMillis()).append(" ms");
        return s.toString();
    }
}

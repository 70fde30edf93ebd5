package app.brigade.store.recovery;

import app.brigade.store.journal.Journal;
import app.brigade.store.journal.JournalEntry;
import app.brigade.store.journal.JournalReadResult;
import app.brigade.store.journal.JournalVisitor;
import app.brigade.store.projection.ApplyResult;
import app.brigade.store.projection.Projector;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Replays journal entries into H2 in batches of {@code batchSize}, one transaction per batch. */
final class Replayer {

    private static final Logger LOG = LoggerFactory.getLogger(Replayer.class);

    /** What a replay did. */
    record Outcome(ApplyResult applied, long unreadable, JournalReadResult read) {
    }

    private final Journal journal;
    private final Projector projector;
    private final int batchSize;

    Replayer(Journal journal, Projector projector, int batchSize) {
        this.journal = journal;
        this.projector = projector;
        this.batchSize = batchSize;
    }

    Outcome replayFrom(long fromPosition) throws IOException {
        List<JournalEntry> batch = new ArrayList<>(batchSize);
        ApplyResult[] total = {ApplyResult.NONE};
        long[] unreadable = {0};
        JournalReadResult read = journal.read(fromPosition, new JournalVisitor() {
            @Override
            public void entry(JournalEntry entry) {
                batch.add(entry);
                if (batch.size() >= batchSize) {
                    total[0] = total[0].plus(projector.apply(batch));
                    batch.clear();
                }
            }

            @Override
            public void unreadable(long position, String reason) {
                unreadable[0]++;
                LOG.error("journal record {} cannot be read and was skipped (it stays in the journal): {}", position,
                        reason);
            }
        });
        if (!batch.isEmpty()) {
            total[0] = total[0].plus(projector.apply(batch));
        }
        return new Outcome(total[0], unreadable[0], read);
    }
}

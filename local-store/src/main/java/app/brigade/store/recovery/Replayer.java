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
import java.util.Optional;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Replays journal entries into H2 in batches of {@code batchSize}, one transaction per batch. */
final class Replayer {

    private static final Logger LOG = LoggerFactory.getLogger(Replayer.class);

    /** What a replay did. */
    record Outcome(ApplyResult applied, long unreadable, JournalReadResult read) {

        static final Outcome NONE = new Outcome(ApplyResult.NONE, 0, new JournalReadResult(0, 0, Optional.empty()));

        /** Both replays' counts; the read result is {@code later}'s. */
        Outcome plus(Outcome later) {
            return new Outcome(applied.plus(later.applied), unreadable + later.unreadable, later.read);
        }
    }

    private final Journal journal;
    private final Projector projector;
    private final int batchSize;
    private final LongConsumer afterBatch;

    Replayer(Journal journal, Projector projector, int batchSize) {
        this(journal, projector, batchSize, position -> {
        });
    }

    /** {@code afterBatch} hears the last journal position of each committed batch. */
    Replayer(Journal journal, Projector projector, int batchSize, LongConsumer afterBatch) {
        this.journal = journal;
        this.projector = projector;
        this.batchSize = batchSize;
        this.afterBatch = afterBatch;
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
                    afterBatch.accept(batch.getLast().position());
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
            afterBatch.accept(batch.getLast().position());
        }
        return new Outcome(total[0], unreadable[0], read);
    }
}

package app.brigade.store.journal;

import java.util.List;

/**
 * Called by the group-commit leader right after a batch was forced to disk, with the batch's entries
 * in journal order, before any caller of that batch is released. The store hands them to its H2 applier here.
 */
@FunctionalInterface
public interface DurableListener {

    void durable(List<JournalEntry> entries);
}

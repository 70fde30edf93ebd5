package app.brigade.store.projection;

import app.brigade.model.event.CatalogPublished;
import app.brigade.model.event.DayClosed;
import app.brigade.model.event.EmployeeChanged;
import app.brigade.model.event.EventPayload;
import app.brigade.model.event.KitchenEvent;
import app.brigade.model.event.LineVoided;
import app.brigade.model.event.OrderEvent;
import app.brigade.model.event.OrderFired;
import app.brigade.model.event.OrderVoided;
import app.brigade.model.event.ShiftEvent;
import app.brigade.model.event.UnknownPayload;
import app.brigade.model.protocol.EventCodec;
import app.brigade.store.db.Database;
import app.brigade.store.db.StaleLockException;
import app.brigade.store.journal.JournalEntry;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies journal entries to the H2 projections, a batch per transaction, and moves the applied
 * watermark in the same transaction. Idempotent (an event id already in {@code event_log} changes
 * nothing) and deterministic (only the events' own data is read, never a clock).
 */
public final class Projector {

    private static final Logger LOG = LoggerFactory.getLogger(Projector.class);

    private final Database database;
    private final BusinessDay businessDay;
    private final EventLogWriter log;
    private final Statements statements;
    private final OrderProjection orders = new OrderProjection();
    private final KitchenProjection kitchen = new KitchenProjection();
    private final ShiftProjection shifts = new ShiftProjection();
    private final ReferenceProjection reference = new ReferenceProjection();

    public Projector(Database database, BusinessDay businessDay, EventCodec codec, String localDeviceId) {
        this(database, businessDay, codec, localDeviceId, null);
    }

    private Projector(Database database, BusinessDay businessDay, EventCodec codec, String localDeviceId,
            EventIdSet rebuildIds) {
        this.database = database;
        this.businessDay = businessDay;
        this.log = new EventLogWriter(codec, localDeviceId, rebuildIds);
        this.statements = new Statements(database.writerConnection());
    }

    /**
     * For a rebuild into an empty database whose {@code event_log} has no primary key while it is filled
     * (ADR 0019): duplicates are told apart by the ids this projector applied, held in memory, instead of
     * by the key. Only for a database nothing else writes to, replayed from its start.
     */
    public static Projector forRebuild(Database database, BusinessDay businessDay, EventCodec codec,
            String localDeviceId) {
        return new Projector(database, businessDay, codec, localDeviceId, new EventIdSet());
    }

    public ApplyResult apply(List<JournalEntry> entries) {
        return apply(entries, db -> {
        });
    }

    /**
     * Applies {@code entries} (in journal order) in one transaction together with {@code alsoInTransaction}
     * (e.g. saving a sync cursor). If the batch fails, each entry is retried alone so one bad event
     * cannot block the others; an entry that still fails is recorded as applied and flagged.
     */
    public ApplyResult apply(List<JournalEntry> entries, Consumer<DSLContext> alsoInTransaction) {
        if (entries.isEmpty()) {
            synchronized (database.writeLock()) {
                alsoInTransaction.accept(database.writer());
                database.commit();
            }
            return ApplyResult.NONE;
        }
        synchronized (database.writeLock()) {
            ApplyContext.Stats stats = new ApplyContext.Stats();
            try {
                orders.begin();
                log.begin();
                for (JournalEntry entry : entries) {
                    applyOne(new ApplyContext(database.writer(), statements, entry, businessDay, stats));
                }
                orders.flush(statements);
                alsoInTransaction.accept(database.writer());
                advance(entries.getLast().position());
                database.commit();
                return result(stats);
            } catch (RuntimeException batchFailure) {
                database.rollback();
                orders.discard();
                log.discard();
                StaleLockException.rethrowIfLockTimeout(batchFailure, "applying " + entries.size()
                        + " event(s) from journal position " + entries.getFirst().position());
                LOG.warn("applying {} event(s) together failed ({}); applying them one by one", entries.size(),
                        batchFailure.toString());
            }
            ApplyContext.Stats single = new ApplyContext.Stats();
            for (JournalEntry entry : entries) {
                applyAlone(entry, single);
            }
            alsoInTransaction.accept(database.writer());
            database.commit();
            return result(single);
        }
    }

    private void applyAlone(JournalEntry entry, ApplyContext.Stats stats) {
        try {
            orders.begin();
            log.begin();
            applyOne(new ApplyContext(database.writer(), statements, entry, businessDay, stats));
            orders.flush(statements);
            advance(entry.position());
            database.commit();
        } catch (RuntimeException e) {
            database.rollback();
            orders.discard();
            log.discard();
            // A lock wait is not this event's fault: flagging it and moving on would crawl through every
            // later event at one lock timeout each. The database is damaged; let the caller rebuild it.
            StaleLockException.rethrowIfLockTimeout(e, "applying journal position " + entry.position());
            LOG.error("event {} ({}) at journal position {} cannot be projected; it is kept and flagged",
                    entry.event().eventId(), entry.event().type(), entry.position(), e);
            ApplyContext c = new ApplyContext(database.writer(), statements, entry, businessDay, stats);
            if (log.insert(c)) {
                c.flag("could not be applied to the local database: " + e.getMessage());
                stats.failed++;
            }
            advance(entry.position());
            database.commit();
        }
    }

    private void applyOne(ApplyContext c) {
        if (!log.insert(c)) {
            c.stats().duplicates++;
            return;
        }
        EventPayload payload = c.event().payload();
        switch (payload) {
            case UnknownPayload u -> {
                log.keep(c, u);
                c.stats().kept++;
                return;
            }
            case OrderFired e -> {
                orders.apply(c, e);
                kitchen.fired(c, e);
            }
            case LineVoided e -> {
                orders.apply(c, e);
                kitchen.lineVoided(c, e);
            }
            case OrderVoided e -> {
                orders.apply(c, e);
                kitchen.orderVoided(c, e);
            }
            case OrderEvent e -> orders.apply(c, e);
            case KitchenEvent e -> kitchen.apply(c, e);
            case ShiftEvent e -> shifts.apply(c, e);
            case CatalogPublished e -> reference.catalogPublished(c, e);
            case EmployeeChanged e -> reference.employeeChanged(c, e);
            case DayClosed e -> reference.dayClosed(c, e);
        }
        c.stats().applied++;
    }

    private void advance(long position) {
        statements.update("UPDATE store_state SET applied_position = GREATEST(applied_position, ?) WHERE id = 1",
                position);
    }

    private static ApplyResult result(ApplyContext.Stats s) {
        return new ApplyResult(s.applied, s.duplicates, s.kept, s.flagged, s.failed);
    }
}

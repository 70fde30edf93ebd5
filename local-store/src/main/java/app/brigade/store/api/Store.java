package app.brigade.store.api;

import static app.brigade.store.db.schema.Tables.EVENT_LOG;
import static app.brigade.store.db.schema.Tables.STORE_STATE;
import static app.brigade.store.db.schema.Tables.SYNC_CURSOR;

import app.brigade.model.event.EventPayload;
import app.brigade.model.order.OrderRules;
import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;
import app.brigade.model.protocol.EventFactory;
import app.brigade.model.protocol.Hlc;
import app.brigade.model.protocol.HlcClock;
import app.brigade.model.protocol.UuidV7;
import app.brigade.store.db.Database;
import app.brigade.store.journal.Journal;
import app.brigade.store.journal.JournalOptions;
import app.brigade.store.lock.StoreLock;
import app.brigade.store.projection.Projector;
import app.brigade.store.query.AggregateHistory;
import app.brigade.store.query.CatalogSnapshot;
import app.brigade.store.query.EmployeeView;
import app.brigade.store.query.FlaggedEvent;
import app.brigade.store.query.KeptEvent;
import app.brigade.store.query.OrderReader;
import app.brigade.store.query.OrderView;
import app.brigade.store.query.OutboxEntry;
import app.brigade.store.query.OutboxPage;
import app.brigade.store.query.EventLogReader;
import app.brigade.store.query.OutboxReader;
import app.brigade.store.query.ReferenceReader;
import app.brigade.store.query.ShiftReader;
import app.brigade.store.query.ShiftSummary;
import app.brigade.store.query.SyncStatus;
import app.brigade.store.query.TicketHistoryEntry;
import app.brigade.store.query.TicketReader;
import app.brigade.store.query.TicketView;
import app.brigade.store.recovery.DatabaseState;
import app.brigade.store.recovery.RecoveredStore;
import app.brigade.store.recovery.RecoveryReport;
import app.brigade.store.recovery.StoreLayout;
import app.brigade.store.recovery.StoreRecovery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's durable store, the one API the apps use. {@link #record} checks payloads with the
 * domain rules (in-memory decided state), stamps them ({@code deviceSeq}, HLC, UUIDv7), journals them
 * with an fsync (shared by concurrent callers) and returns as soon as they are durable; the applier
 * thread projects them into H2 right behind, one durable batch per transaction as before, and every
 * query first waits until H2 has applied all acknowledged events, so callers always read their own
 * writes. {@link #applyRemote} does the same for other devices' events, idempotently. Thread-safe.
 */
public final class Store implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    /** H2 chunks are rewritten when less than this share of their bytes is live (ADR 0018). */
    static final int COMPACT_BELOW_FILL_RATE = 80;
    /** At most this much is rewritten per housekeeping round (every 5 s when idle): a few ms of work. */
    static final int COMPACT_BYTES_PER_ROUND = 4 << 20;

    private final StoreOptions options;
    private final StoreLock lock;
    private final Journal journal;
    private final Database database;
    private final Projector projector;
    private final RecoveryReport recoveryReport;
    private final EventCodec codec;
    private final EventFactory factory;
    private final Decisions decisions;
    private final OrderNumbers orderNumbers;
    private final CatalogCache catalog;
    private final OrderReader orders;
    private final TicketReader tickets;
    private final ShiftReader shifts;
    private final OutboxReader outbox;
    private final EventLogReader eventLog;
    private final ReferenceReader reference;
    private final Map<UUID, SyncCursor> cursorsToSave = new ConcurrentHashMap<>();
    private final Applier applier;
    private final Object sequencer = new Object();
    private long lastDeviceSeq;
    /** Entries handed to the journal since open (under the sequencer); the applier counts those it applied. */
    private long enqueuedEntries;
    private volatile Throwable failure;
    private volatile boolean closed;

    private Store(StoreOptions options, RecoveredStore recovered) {
        this.options = options;
        this.lock = recovered.lock();
        this.journal = recovered.journal();
        this.database = recovered.database();
        this.projector = recovered.projector();
        this.recoveryReport = recovered.report();
        this.codec = new EventCodec();
        DSLContext reader = database.reader();
        OrderRules rules = new OrderRules(options.settings());
        AggregateHistory history = new AggregateHistory(reader, codec);
        this.orders = new OrderReader(reader, history, rules);
        this.tickets = new TicketReader(reader);
        this.shifts = new ShiftReader(reader);
        this.outbox = new OutboxReader(reader, codec, options.deviceId());
        this.eventLog = new EventLogReader(reader, codec);
        this.reference = new ReferenceReader(reader);
        this.decisions = new Decisions(rules, new DecisionReads(reader, database, codec),
                this::appliedEntries);
        this.orderNumbers = new OrderNumbers(options.orderPrefix(), options.businessDay(), options.wallClock(),
                reference);
        this.catalog = new CatalogCache(new StoreLayout(options.folder()).catalogFile(), database,
                codec.mapper());
        this.lastDeviceSeq = Math.max(journal.lastLocalDeviceSeq(), highestLocalSeqInDatabase(reader));
        Hlc newest = journal.lastHlc();
        this.factory = new EventFactory(options.deviceId(), new UuidV7(options.wallClock()),
                new HlcClock(options.wallClock(), newest));
        this.applier = new Applier(projector, cursorsToSave, journal.lastPosition(), options.deviceId(),
                f -> failure = new IllegalStateException("the local database could not apply acknowledged events ("
                        + f.getMessage() + "); they are safe in the journal", f),
                () -> database.compactSome(COMPACT_BELOW_FILL_RATE, COMPACT_BYTES_PER_ROUND));
        journal.onDurable(applier::submit);
    }

    /**
     * Opens the store in {@code options.folder()}, recovering as needed (see {@link #recoveryReport()}).
     *
     * @throws app.brigade.store.lock.StoreLockedException when another process has the folder open
     */
    public static Store open(StoreOptions options) {
        StoreLayout layout = new StoreLayout(options.folder());
        JournalOptions journalOptions = new JournalOptions(options.deviceId(), options.segmentBytes(),
                options.fileOpener(), new EventCodec());
        RecoveredStore recovered;
        try {
            recovered = StoreRecovery.open(layout, journalOptions, options.businessDay(), options.replayBatch());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the store in " + layout.folder() + ": " + e.getMessage(), e);
        }
        Store store;
        try {
            store = new Store(options, recovered);
        } catch (RuntimeException e) {
            recovered.closeAfterFailedHandOver(); // else the folder stays locked until the process exits
            throw e;
        }
        if (recovered.report().database() != DatabaseState.OPENED) {
            try {
                store.catalog.restoreFromFile();
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }
        return store;
    }

    /** What opening this store found and repaired. */
    public RecoveryReport recoveryReport() {
        return recoveryReport;
    }

    public String deviceId() {
        return options.deviceId();
    }

    public Path folder() {
        return options.folder();
    }

    /** The next order number for an {@code OrderOpened}, e.g. {@code A-042}; survives restarts. */
    public String nextOrderNumber() {
        visible();
        return orderNumbers.next();
    }

    public RecordResult record(String actorId, String approverId, EventPayload... payloads) {
        return record(actorId, approverId, List.of(payloads));
    }

    /**
     * Decides, stamps and journals (fsync) the payloads' events, all or nothing, and returns them once
     * durable; H2 applies them on the applier thread right behind (queries wait for it). Concurrent
     * callers share fsyncs. A rejection records nothing.
     *
     * @throws StoreFailedException when the journal or H2 failed; restart to recover
     */
    public RecordResult record(String actorId, String approverId, List<EventPayload> payloads) {
        if (payloads.isEmpty()) {
            throw new IllegalArgumentException("record needs at least one payload");
        }
        Journal.Ticket ticket;
        List<Event> events;
        synchronized (sequencer) {
            requireUsable();
            Decisions.Decision decision = decisions.decide(payloads, approverId);
            if (decision.rejected().isPresent()) {
                return decision.rejected().get();
            }
            events = new ArrayList<>(payloads.size());
            for (EventPayload p : payloads) {
                events.add(factory.create(lastDeviceSeq + events.size() + 1, p, actorId, approverId));
            }
            ticket = enqueue(events);
            enqueuedEntries += events.size();
            lastDeviceSeq += events.size();
            decisions.commit(decision, enqueuedEntries);
        }
        awaitDurable(ticket);
        return new RecordResult.Committed(events);
    }

    /** Applies events from other devices (server feed or LAN), skipping those already applied. */
    public RemoteApplyResult applyRemote(List<Event> events) {
        return applyRemote(events, null);
    }

    /**
     * Applies events from other devices idempotently (by event id): new ones are journaled (fsync) and
     * applied; {@code cursor}, when given, is saved in the same H2 transaction as the last of them.
     */
    public RemoteApplyResult applyRemote(List<Event> events, SyncCursor cursor) {
        Set<UUID> seen = new HashSet<>();
        List<Event> candidates = new ArrayList<>();
        for (Event e : events) {
            if (seen.add(e.eventId())) {
                candidates.add(e);
            }
        }
        Set<UUID> known = alreadyApplied(candidates);
        List<Event> fresh = candidates.stream().filter(e -> !known.contains(e.eventId())).toList();
        if (fresh.isEmpty()) {
            if (cursor != null) {
                projector.apply(List.of(), db -> saveCursor(db, cursor));
            }
            return new RemoteApplyResult(events.size(), 0, events.size());
        }
        Journal.Ticket ticket;
        synchronized (sequencer) {
            requireUsable();
            if (cursor != null) {
                cursorsToSave.put(fresh.getLast().eventId(), cursor);
            }
            // Observe before enqueueing: once queued, another caller's flush could get them applied to H2
            // before a cache miss here reads it, and they would be folded in twice.
            decisions.observe(fresh, enqueuedEntries + fresh.size());
            fresh.stream().map(Event::hlc).max(Hlc::compareTo).ifPresent(h -> factory.clock().receive(h));
            ticket = enqueue(fresh);
            enqueuedEntries += fresh.size();
        }
        awaitDurable(ticket);
        return new RemoteApplyResult(events.size(), fresh.size(), events.size() - fresh.size());
    }

    private Set<UUID> alreadyApplied(List<Event> events) {
        visible();
        Set<UUID> known = new HashSet<>();
        for (int from = 0; from < events.size(); from += 500) {
            List<UUID> ids = events.subList(from, Math.min(events.size(), from + 500)).stream()
                    .map(Event::eventId).toList();
            known.addAll(database.reader().select(EVENT_LOG.EVENT_ID).from(EVENT_LOG)
                    .where(EVENT_LOG.EVENT_ID.in(ids)).fetch(EVENT_LOG.EVENT_ID));
        }
        return known;
    }

    private Journal.Ticket enqueue(List<Event> events) {
        try {
            return journal.enqueue(events);
        } catch (RuntimeException e) {
            failure = e;
            throw new StoreFailedException("saving failed (" + e.getMessage() + "); restart the terminal to recover",
                    e);
        }
    }

    private void awaitDurable(Journal.Ticket ticket) {
        try {
            ticket.await();
        } catch (RuntimeException e) {
            failure = e;
            LOG.error("the store in {} failed and accepts no more changes until it is reopened", options.folder(), e);
            throw new StoreFailedException("saving failed (" + e.getMessage() + "); nothing more can be recorded"
                    + " until the terminal restarts, which recovers every acknowledged event", e);
        }
    }

    private long appliedEntries() {
        return applier.appliedEntries();
    }

    /**
     * Waits until H2 has applied every event acknowledged so far (the applier trails the fsync by the
     * batches being projected), so every query sees the caller's own acknowledged events.
     */
    private void visible() {
        applier.awaitApplied(journal.lastPosition());
    }

    static void saveCursor(DSLContext db, SyncCursor cursor) {
        db.mergeInto(SYNC_CURSOR).using(db.selectOne()).on(SYNC_CURSOR.NAME.eq(cursor.name()))
                .whenMatchedThenUpdate().set(SYNC_CURSOR.POSITION, cursor.position())
                .whenNotMatchedThenInsert(SYNC_CURSOR.NAME, SYNC_CURSOR.POSITION)
                .values(cursor.name(), cursor.position())
                .execute();
    }

    private void requireUsable() {
        if (closed) {
            throw new IllegalStateException("the store in " + options.folder() + " is closed");
        }
        Throwable f = failure;
        if (f != null) {
            throw new StoreFailedException("the store in " + options.folder() + " failed earlier (" + f.getMessage()
                    + "); restart the terminal to recover", f);
        }
    }

    private long highestLocalSeqInDatabase(DSLContext db) {
        Long max = db.select(DSL.max(EVENT_LOG.DEVICE_SEQ)).from(EVENT_LOG)
                .where(EVENT_LOG.DEVICE_ID.eq(options.deviceId())).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    // ---- outbox -------------------------------------------------------------------------------------

    /** Every event this store has applied, local and remote, in apply order: the input of reports. */
    public List<Event> events() {
        visible();
        return eventLog.all();
    }

    /** The oldest {@code limit} local events not yet acknowledged by the server. */
    public OutboxPage outboxPage(int limit) {
        visible();
        return outbox.page(limit, lastDeviceSeq());
    }

    /**
     * Up to {@code limit} local events above {@code afterDeviceSeq} in deviceSeq order, as the JSON they
     * were journaled with: what a push sends, without decoding and re-encoding each event.
     */
    public List<OutboxEntry> outboxEntries(long afterDeviceSeq, int limit) {
        visible();
        return outbox.entries(afterDeviceSeq, limit);
    }

    /** Records that the server has every local event up to {@code upToDeviceSeq}; never moves backwards. */
    public void markAcknowledged(long upToDeviceSeq) {
        long last;
        synchronized (sequencer) {
            last = lastDeviceSeq;
        }
        if (upToDeviceSeq < 0 || upToDeviceSeq > last) {
            throw new IllegalArgumentException("cannot acknowledge deviceSeq " + upToDeviceSeq + ": this device has"
                    + " recorded deviceSeq 1.." + last);
        }
        synchronized (database.writeLock()) {
            database.writer().update(STORE_STATE)
                    .set(STORE_STATE.ACKED_DEVICE_SEQ, DSL.greatest(STORE_STATE.ACKED_DEVICE_SEQ,
                            DSL.val(upToDeviceSeq)))
                    .where(STORE_STATE.ID.eq(1)).execute();
            database.commit();
        }
    }

    public SyncStatus syncStatus() {
        visible();
        return outbox.status(options.wallClock().getAsLong(), lastDeviceSeq());
    }

    /** The saved position of feed {@code name}, empty if never saved. */
    public OptionalLong cursor(String name) {
        visible();
        return reference.cursor(name);
    }

    /** The highest {@code deviceSeq} this device has recorded. */
    public long lastDeviceSeq() {
        synchronized (sequencer) {
            return lastDeviceSeq;
        }
    }

    /**
     * Deletes journal segments whose events are all applied to H2 (checkpointed to disk first) and,
     * for local events, acknowledged by the server. Returns the deleted files.
     */
    public List<Path> compactJournal() {
        visible();
        long applied = database.reader().select(STORE_STATE.APPLIED_POSITION).from(STORE_STATE)
                .where(STORE_STATE.ID.eq(1)).fetchOne(STORE_STATE.APPLIED_POSITION);
        long acked = outbox.ackedDeviceSeq();
        database.checkpoint();
        try {
            return journal.deleteSegmentsCoveredBy(applied, acked);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete journal segments in " + journal.directory(), e);
        }
    }

    // ---- queries --------------------------------------------------------------------------------------

    public List<OrderView> openOrders() {
        visible();
        return orders.open();
    }

    public Optional<OrderView> order(String orderId) {
        visible();
        return orders.byId(orderId);
    }

    /** Ids of orders with {@code status} ({@code OPEN}, {@code CLOSED}, {@code VOIDED}) in opening order. */
    public List<String> orderIds(String status, int limit) {
        visible();
        return orders.idsByStatus(status, limit);
    }

    /** Tickets on a station's screen, oldest first; {@code stationId} null means every station (expo). */
    public List<TicketView> tickets(String stationId) {
        visible();
        return tickets.onScreen(stationId);
    }

    /** Bumped tickets of a station, most recently bumped first, for recall. */
    public List<TicketView> bumpedTickets(String stationId, int limit) {
        visible();
        return tickets.bumped(stationId, limit);
    }

    /** Cancel cards of a station (null: all): tickets of orders voided after fire, not dismissed yet. */
    public List<TicketView> cancelledTickets(String stationId) {
        visible();
        return tickets.cancelled(stationId);
    }

    public List<TicketHistoryEntry> ticketHistory(String ticketId) {
        visible();
        return tickets.history(ticketId);
    }

    public Optional<ShiftSummary> shiftSummary(String shiftId) {
        visible();
        return shifts.summary(shiftId);
    }

    public List<String> openShiftIds() {
        visible();
        return shifts.openShiftIds();
    }

    public List<EmployeeView> employees() {
        visible();
        return reference.employees();
    }

    public Optional<CatalogSnapshot> catalog() {
        visible();
        return reference.catalog();
    }

    /** Newest catalog version announced by the server (refresh when it is above {@link #catalog()}'s). */
    public OptionalLong publishedCatalogVersion() {
        visible();
        return reference.publishedCatalogVersion();
    }

    /** Saves the catalog the server served (fsynced file + H2) so a rebuilt store keeps it. */
    public void saveCatalog(CatalogSnapshot snapshot) {
        catalog.save(snapshot);
    }

    /** Events kept but not understood by this build. */
    public List<KeptEvent> keptEvents() {
        visible();
        return reference.kept();
    }

    /** Events applied but flagged for a manager. */
    public List<FlaggedEvent> flaggedEvents() {
        visible();
        return reference.flagged();
    }

    /** Bytes on disk: journal segments and the H2 file. */
    public long journalBytes() {
        try {
            return journal.sizeBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long databaseBytes() {
        visible();
        return database.sizeBytes();
    }

    /** Test seam: holds back H2 apply (acknowledgements still happen) to open the apply-lag window. */
    void pauseApplyForTest() {
        applier.pause();
    }

    /** Test seam: entries H2 has applied since open, read without waiting for the applier. */
    long appliedEntriesForTest() {
        return applier.appliedEntries();
    }

    /** Test seam: lets H2 apply again after {@link #pauseApplyForTest}. */
    void resumeApplyForTest() {
        applier.resume();
    }

    /**
     * Test seam: stops like a killed process would (whatever is acknowledged but not yet applied to H2
     * is left only in the journal), then releases the files.
     */
    void crashForTest() {
        synchronized (sequencer) {
            closed = true;
        }
        applier.stop(false);
        shutDown();
    }

    /** Stops taking changes, lets H2 apply everything acknowledged, then closes the files. */
    @Override
    public void close() {
        synchronized (sequencer) {
            if (closed) {
                return;
            }
            closed = true;
        }
        shutDown();
    }

    private void shutDown() {
        try {
            journal.close();
        } catch (IOException e) {
            LOG.warn("closing the journal in {} failed", journal.directory(), e);
        }
        applier.close();
        database.close();
        try {
            lock.close();
        } catch (IOException e) {
            LOG.warn("releasing {} failed", lock.file(), e);
        }
    }
}

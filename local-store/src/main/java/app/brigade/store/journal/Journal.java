package app.brigade.store.journal;

import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;
import app.brigade.model.protocol.Hlc;
import app.brigade.model.protocol.MalformedEventException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only event journal: the terminal's source of truth. {@link #append} returns only after
 * the records are fsynced; concurrent callers share one fsync (group commit). Segments roll at a
 * size limit and are deleted only through {@link #deleteSegmentsCoveredBy}.
 */
public final class Journal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);

    private final Path dir;
    private final JournalOptions options;
    private final EventCodec codec;
    private final JournalOpenReport openReport;
    private final GroupCommit<Append> groupCommit = new GroupCommit<>(this::flush);
    private final Object segmentsLock = new Object();
    private final List<Segment> segments;
    private volatile DurableListener listener = entries -> {
    };
    private volatile Throwable failed;

    // Written only by the group-commit leader (one at a time), read under segmentsLock.
    private SyncableFile active;
    private long activeRecords;
    private long durableActiveBytes;
    private long nextPosition;
    private long lastLocalSeq;
    private Hlc lastHlc;

    Journal(Path dir, JournalOptions options, List<Segment> segments, SyncableFile active, long activeRecords,
            long nextPosition, long lastLocalSeq, Hlc lastHlc, JournalOpenReport openReport) throws IOException {
        this.dir = dir;
        this.options = options;
        this.codec = options.codec();
        this.segments = new ArrayList<>(segments);
        this.active = active;
        this.activeRecords = activeRecords;
        this.durableActiveBytes = active.size();
        this.nextPosition = nextPosition;
        this.lastLocalSeq = lastLocalSeq;
        this.lastHlc = lastHlc;
        this.openReport = openReport;
    }

    /** Opens (creating if needed) the journal in {@code dir}, repairing a torn tail; see {@link #openReport()}. */
    public static Journal open(Path dir, JournalOptions options) throws IOException {
        return new JournalOpener(dir, options).open();
    }

    public JournalOpenReport openReport() {
        return openReport;
    }

    /** Sets the code run by the group-commit leader after each fsync, before callers are released. */
    public void onDurable(DurableListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** A queued append; {@link #await()} blocks until it is durable (this thread may lead the flush). */
    public final class Ticket {
        private final Append append;

        private Ticket(Append append) {
            this.append = append;
        }

        /** Returns the appended entries once they are fsynced and the listener ran. */
        public List<JournalEntry> await() {
            Throwable failure = groupCommit.await(append);
            if (failure instanceof RuntimeException re) {
                throw re;
            }
            if (failure instanceof Error err) {
                throw err;
            }
            if (failure != null) {
                throw new JournalFailedException("journal append failed: " + failure.getMessage(), failure);
            }
            return append.entries;
        }
    }

    /**
     * Queues events for the next flush without waiting. Events queued by successive calls land in the
     * journal in call order, which is how the store keeps {@code deviceSeq} and journal order equal.
     */
    public Ticket enqueue(List<Event> events) {
        requireHealthy();
        List<ByteBuffer> frames = new ArrayList<>(events.size());
        List<String> bodies = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            boolean more = i < events.size() - 1;
            String body = codec.write(events.get(i));
            bodies.add(body);
            frames.add(RecordFrame.encode(body.getBytes(StandardCharsets.UTF_8), more));
        }
        Append append = new Append(List.copyOf(events), bodies, frames);
        groupCommit.enqueue(append);
        return new Ticket(append);
    }

    /** Appends and waits until the records are on disk. */
    public List<JournalEntry> append(List<Event> events) {
        return enqueue(events).await();
    }

    private void requireHealthy() {
        Throwable f = failed;
        if (f != null) {
            throw new JournalFailedException("the journal in " + dir + " failed earlier (" + f.getMessage()
                    + ") and accepts no more records; restart the terminal to recover", f);
        }
    }

    private void flush(List<Append> batch) throws IOException {
        requireHealthy();
        int bytes = 0;
        for (Append a : batch) {
            for (ByteBuffer f : a.frames) {
                bytes += f.remaining();
            }
        }
        List<JournalEntry> entries = new ArrayList<>();
        try {
            if (activeRecords > 0 && durableActiveBytes + bytes > options.segmentBytes()) {
                roll();
            }
            ByteBuffer all = ByteBuffer.allocate(bytes);
            for (Append a : batch) {
                a.entries = new ArrayList<>(a.events.size());
                for (int i = 0; i < a.events.size(); i++) {
                    all.put(a.frames.get(i));
                    JournalEntry entry = new JournalEntry(nextPosition + entries.size(), a.events.get(i),
                            a.bodies.get(i));
                    a.entries.add(entry);
                    entries.add(entry);
                }
            }
            active.append(all.flip());
            active.force();
        } catch (IOException | RuntimeException e) {
            failed = e;
            LOG.error("journal write failed in {}; no record of this batch is acknowledged", dir, e);
            throw e;
        }
        synchronized (segmentsLock) {
            nextPosition += entries.size();
            activeRecords += entries.size();
            durableActiveBytes += bytes;
            for (JournalEntry entry : entries) {
                Event e = entry.event();
                if (e.deviceId().equals(options.localDeviceId())) {
                    lastLocalSeq = Math.max(lastLocalSeq, e.deviceSeq());
                }
                if (e.hlc().compareTo(lastHlc) > 0) {
                    lastHlc = e.hlc();
                }
            }
        }
        listener.durable(entries);
    }

    private void roll() throws IOException {
        Segment next;
        synchronized (segmentsLock) {
            next = createSegment(dir, options.opener(), new SegmentHeader(nextPosition, lastLocalSeq, lastHlc));
        }
        SyncableFile file = options.opener().open(next.path());
        active.close();
        synchronized (segmentsLock) {
            segments.add(next);
            active = file;
            activeRecords = 0;
            durableActiveBytes = file.size();
        }
    }

    static Segment createSegment(Path dir, SyncableFile.Opener opener, SegmentHeader header) throws IOException {
        Path path = SegmentFiles.path(dir, header.firstPosition());
        try (SyncableFile file = opener.open(path)) {
            file.append(header.encode());
            file.force();
        }
        SegmentFiles.syncDirectory(dir);
        return new Segment(path, header);
    }

    /** Reads every record at or after {@code fromPosition} in order, verifying CRCs as it goes. */
    public JournalReadResult read(long fromPosition, JournalVisitor visitor) throws IOException {
        List<Segment> snapshot;
        long activeLimit;
        synchronized (segmentsLock) {
            snapshot = List.copyOf(segments);
            activeLimit = durableActiveBytes;
        }
        long visited = 0;
        long last = 0;
        for (int i = 0; i < snapshot.size(); i++) {
            Segment s = snapshot.get(i);
            boolean isActive = i == snapshot.size() - 1;
            Long nextFirst = isActive ? null : snapshot.get(i + 1).firstPosition();
            if (nextFirst != null && nextFirst <= fromPosition) {
                continue;
            }
            long position = s.firstPosition();
            FrameReader.Next next;
            List<byte[]> group = new ArrayList<>();
            try (FrameReader reader = new FrameReader(s.path(), SegmentHeader.BYTES,
                    isActive ? activeLimit : Long.MAX_VALUE)) {
                while ((next = reader.next()) instanceof FrameReader.Frame frame) {
                    group.add(frame.body());
                    if (frame.more()) {
                        continue;
                    }
                    for (byte[] body : group) {
                        if (position >= fromPosition) {
                            visit(position, body, visitor);
                            visited++;
                        }
                        last = position;
                        position++;
                    }
                    group.clear();
                }
            }
            if (!group.isEmpty() && next instanceof FrameReader.End) {
                next = new FrameReader.Bad(-1, "the last " + group.size() + " record(s) of an atomic group are"
                        + " missing");
            }
            if (next instanceof FrameReader.Bad bad) {
                String why = "segment " + s.path().getFileName() + " is damaged at offset " + bad.offset() + " ("
                        + bad.reason() + "); records from position " + position + " on were not read";
                return new JournalReadResult(visited, last, Optional.of(why));
            }
            if (nextFirst != null && position != nextFirst) {
                String why = "segment " + s.path().getFileName() + " ends at position " + (position - 1)
                        + " but the next segment starts at " + nextFirst + "; reading stopped there";
                return new JournalReadResult(visited, last, Optional.of(why));
            }
        }
        return new JournalReadResult(visited, last, Optional.empty());
    }

    private void visit(long position, byte[] body, JournalVisitor visitor) {
        Event event;
        try {
            event = codec.read(body);
        } catch (MalformedEventException e) {
            visitor.unreadable(position, e.getMessage());
            return;
        }
        visitor.entry(new JournalEntry(position, event, new String(body, StandardCharsets.UTF_8)));
    }

    /**
     * Deletes the oldest sealed segments whose every record is at or below {@code appliedPosition}
     * (applied to H2, which the caller must have checkpointed to disk) and whose local events are all
     * at or below {@code ackedDeviceSeq} (acknowledged by the server). The active segment is never deleted.
     */
    public List<Path> deleteSegmentsCoveredBy(long appliedPosition, long ackedDeviceSeq) throws IOException {
        List<Path> deleted = new ArrayList<>();
        synchronized (segmentsLock) {
            while (segments.size() > 1) {
                SegmentHeader nextHeader = segments.get(1).header();
                long lastPositionInFirst = nextHeader.firstPosition() - 1;
                if (lastPositionInFirst > appliedPosition || nextHeader.previousDeviceSeq() > ackedDeviceSeq) {
                    break;
                }
                Path path = segments.removeFirst().path();
                Files.delete(path);
                deleted.add(path);
            }
        }
        if (!deleted.isEmpty()) {
            SegmentFiles.syncDirectory(dir);
            LOG.info("deleted {} journal segment(s) applied and acknowledged up to position {}", deleted.size(),
                    appliedPosition);
        }
        return deleted;
    }

    /** Position of the first record still in the journal (older ones were deleted after acknowledgement). */
    public long firstPosition() {
        synchronized (segmentsLock) {
            return segments.getFirst().firstPosition();
        }
    }

    /** Position of the newest durable record, 0 when none was ever written. */
    public long lastPosition() {
        synchronized (segmentsLock) {
            return nextPosition - 1;
        }
    }

    /** Highest {@code deviceSeq} of this device's events in the journal (including deleted segments). */
    public long lastLocalDeviceSeq() {
        synchronized (segmentsLock) {
            return lastLocalSeq;
        }
    }

    /** Newest HLC seen in the journal. */
    public Hlc lastHlc() {
        synchronized (segmentsLock) {
            return lastHlc;
        }
    }

    public int segmentCount() {
        synchronized (segmentsLock) {
            return segments.size();
        }
    }

    /** Total bytes of all segment files. */
    public long sizeBytes() throws IOException {
        List<Segment> snapshot;
        synchronized (segmentsLock) {
            snapshot = List.copyOf(segments);
        }
        long total = 0;
        for (Segment s : snapshot) {
            total += Files.size(s.path());
        }
        return total;
    }

    public Path directory() {
        return dir;
    }

    @Override
    public void close() throws IOException {
        synchronized (segmentsLock) {
            active.close();
        }
    }

    private static final class Append extends GroupCommit.Item {
        private final List<Event> events;
        private final List<String> bodies;
        private final List<ByteBuffer> frames;
        private List<JournalEntry> entries;

        private Append(List<Event> events, List<String> bodies, List<ByteBuffer> frames) {
            this.events = events;
            this.bodies = bodies;
            this.frames = frames;
        }
    }
}

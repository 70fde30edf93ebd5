package app.brigade.store.journal;

import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;
import app.brigade.model.protocol.Hlc;
import app.brigade.model.protocol.MalformedEventException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a journal directory: reads every segment header, scans the last segment record by record,
 * and cuts a torn or CRC-failing tail (the cut bytes are copied to a side file first, never lost).
 */
final class JournalOpener {

    private static final Logger LOG = LoggerFactory.getLogger(JournalOpener.class);

    private final Path dir;
    private final JournalOptions options;
    private final List<Path> setAside = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private long tornBytes;

    JournalOpener(Path dir, JournalOptions options) {
        this.dir = dir;
        this.options = options;
    }

    Journal open() throws IOException {
        Files.createDirectories(dir);
        List<Segment> segments = readHeaders();
        if (segments.isEmpty()) {
            segments.add(Journal.createSegment(dir, options.opener(), new SegmentHeader(1, 0, Hlc.ZERO)));
        }
        Segment active = segments.getLast();
        TailScan tail = scanTail(active);
        long first = segments.getFirst().firstPosition();
        long next = active.firstPosition() + tail.records;
        JournalOpenReport report = new JournalOpenReport(segments.size(), first, next - 1, tornBytes, setAside,
                problems);
        if (!report.clean()) {
            LOG.warn("journal {} repaired on open: {}", dir, report);
        }
        SyncableFile file = options.opener().open(active.path());
        return new Journal(dir, options, segments, file, tail.records, next, tail.lastLocalSeq, tail.lastHlc, report);
    }

    private List<Segment> readHeaders() throws IOException {
        List<Path> files = SegmentFiles.list(dir);
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Optional<SegmentHeader> header = readHeader(file);
            boolean last = i == files.size() - 1;
            if (header.isPresent() && header.get().firstPosition() == SegmentFiles.firstPositionFromName(file)) {
                segments.add(new Segment(file, header.get()));
                continue;
            }
            if (last && Files.size(file) <= SegmentHeader.BYTES) {
                // Created but its header never reached the disk: a crash while rolling. It holds no records.
                setAside.add(SegmentFiles.setAside(file, "torn-header"));
                problems.add("segment " + file.getFileName() + " had a torn header and no records; set aside");
                continue;
            }
            for (Path rest : files.subList(i, files.size())) {
                setAside.add(SegmentFiles.setAside(rest, "quarantined"));
            }
            problems.add("segment " + file.getFileName() + " has a damaged header; it and the "
                    + (files.size() - i - 1) + " later segment(s) were set aside unread");
            break;
        }
        return segments;
    }

    private static Optional<SegmentHeader> readHeader(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(SegmentHeader.BYTES);
            while (b.hasRemaining() && ch.read(b) > 0) {
                // keep reading until the header is complete or the file ends
            }
            return SegmentHeader.decode(b.flip());
        }
    }

    private record TailScan(long records, long lastLocalSeq, Hlc lastHlc) {
    }

    private TailScan scanTail(Segment active) throws IOException {
        EventCodec codec = options.codec();
        long records = 0;
        long lastLocalSeq = active.header().previousDeviceSeq();
        Hlc lastHlc = active.header().previousHlc();
        List<FrameReader.Frame> group = new ArrayList<>();
        FrameReader.Next next;
        try (FrameReader reader = new FrameReader(active.path(), SegmentHeader.BYTES)) {
            while ((next = reader.next()) instanceof FrameReader.Frame frame) {
                group.add(frame);
                if (frame.more()) {
                    continue;
                }
                for (FrameReader.Frame f : group) {
                    long position = active.firstPosition() + records;
                    records++;
                    try {
                        Event e = codec.read(f.body());
                        if (e.deviceId().equals(options.localDeviceId())) {
                            lastLocalSeq = Math.max(lastLocalSeq, e.deviceSeq());
                        }
                        if (e.hlc().compareTo(lastHlc) > 0) {
                            lastHlc = e.hlc();
                        }
                    } catch (MalformedEventException e) {
                        problems.add("journal record " + position + " has a good CRC but cannot be read: "
                                + e.getMessage());
                    }
                }
                group.clear();
            }
        }
        if (!group.isEmpty()) {
            // A record() call whose last records never reached the disk: it was not acknowledged, cut it whole.
            long end = next instanceof FrameReader.Bad bad ? bad.offset() : ((FrameReader.End) next).offset();
            cut(active.path(), new FrameReader.Bad(group.getFirst().offset(), "atomic group of " + group.size()
                    + " record(s) incomplete at offset " + end));
        } else if (next instanceof FrameReader.Bad bad) {
            cut(active.path(), bad);
        } else if (next instanceof FrameReader.End end && end.offset() < Files.size(active.path())) {
            cutZeroTail(active.path(), end.offset());
        }
        return new TailScan(records, lastLocalSeq, lastHlc);
    }

    /**
     * Truncates the preallocated zeros after the last record (left by a crash; a clean close cuts them), so
     * the journal appends right after the records again. They hold nothing, so they are not kept.
     */
    private static void cutZeroTail(Path segment, long end) throws IOException {
        try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            ch.truncate(end);
            ch.force(true);
        }
    }

    /** Copies the bytes from the bad record on to a side file, then truncates the segment there. */
    private void cut(Path segment, FrameReader.Bad bad) throws IOException {
        Path keep = segment.resolveSibling(segment.getFileName() + ".cut-" + bad.offset());
        long cut;
        try (FileChannel in = FileChannel.open(segment, StandardOpenOption.READ, StandardOpenOption.WRITE);
                OutputStream out = Files.newOutputStream(keep)) {
            // Up to the last non-zero byte: the preallocated zeros after a torn record are not worth keeping.
            long end = Math.max(bad.offset(), endOfData(in, bad.offset()));
            cut = end - bad.offset();
            in.transferTo(bad.offset(), cut, Channels.newChannel(out));
            out.flush();
            in.truncate(bad.offset());
            in.force(true);
        }
        SegmentFiles.syncDirectory(dir);
        tornBytes += cut;
        setAside.add(keep);
        problems.add("segment " + segment.getFileName() + ": cut " + cut + " byte(s) at offset "
                + bad.offset() + " (" + bad.reason() + "); the cut bytes are kept in " + keep.getFileName());
    }

    /** The offset just after the last non-zero byte at or after {@code from} ({@code from} when there is none). */
    private static long endOfData(FileChannel in, long from) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(64 * 1024);
        long end = in.size();
        while (end > from) {
            long start = Math.max(from, end - chunk.capacity());
            chunk.clear().limit((int) (end - start));
            while (chunk.hasRemaining() && in.read(chunk, start + chunk.position()) >= 0) {
                // read the whole window
            }
            for (int i = chunk.position() - 1; i >= 0; i--) {
                if (chunk.get(i) != 0) {
                    return start + i + 1;
                }
            }
            end = start;
        }
        return from;
    }
}

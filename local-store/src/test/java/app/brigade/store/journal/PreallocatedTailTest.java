package app.brigade.store.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.protocol.Event;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal's segment is zero-filled ahead of its records (ADR 0017). A crash leaves those zeros after
 * the last record: they must read as the end, be cut on open, and never hide damage or records.
 * "Crash" here is a copy of the segment taken while the journal is still open, zero tail and all.
 */
class PreallocatedTailTest {

    @TempDir
    Path dir;

    private final JournalTestKit kit = new JournalTestKit();

    private Event event() {
        return kit.event();
    }

    private static JournalOptions options() {
        return JournalOptions.defaults("pos-1");
    }

    private static List<Event> readAll(Journal journal) throws IOException {
        return JournalTestKit.readAll(journal);
    }

    /** Writes {@code count} events and copies the open segment aside, as a crash would leave it. */
    private Path crashImageAfter(List<Event> written, int count) throws IOException {
        Path live = dir.resolve("live");
        Path crashed = dir.resolve("crashed");
        Files.createDirectories(crashed);
        try (Journal journal = Journal.open(live, options())) {
            for (int i = 0; i < count; i++) {
                List<Event> one = List.of(event());
                journal.append(one);
                written.addAll(one);
            }
            Path segment = SegmentFiles.list(live).getLast();
            Files.copy(segment, crashed.resolve(segment.getFileName()));
        }
        return SegmentFiles.list(crashed).getLast();
    }

    private static List<Long> frameOffsets(Path segment) throws IOException {
        List<Long> offsets = new ArrayList<>();
        try (FrameReader reader = new FrameReader(segment, SegmentHeader.BYTES)) {
            FrameReader.Next next;
            while ((next = reader.next()) instanceof FrameReader.Frame f) {
                offsets.add(f.offset());
            }
            assertThat(next).isInstanceOf(FrameReader.End.class);
            offsets.add(((FrameReader.End) next).offset());
        }
        return offsets;
    }

    @Test
    void theZerosACrashLeavesAfterTheLastRecordReadAsTheEndAndAreCutOnOpen() throws IOException {
        List<Event> written = new ArrayList<>();
        Path segment = crashImageAfter(written, 3);
        long dataEnd = frameOffsets(segment).getLast();
        assertThat(Files.size(segment)).as("zero-filled ahead of the records")
                .isGreaterThan(dataEnd).isGreaterThanOrEqualTo(ChannelFile.PREALLOCATE_BYTES);

        try (Journal journal = Journal.open(segment.getParent(), options())) {
            assertThat(journal.openReport().clean()).as(journal.openReport().toString()).isTrue();
            assertThat(readAll(journal)).isEqualTo(written);
            assertThat(Files.size(segment)).as("the zero tail is cut so appends follow the records").isEqualTo(dataEnd);
            Event more = event();
            journal.append(List.of(more));
            written.add(more);
        }
        try (Journal journal = Journal.open(segment.getParent(), options())) {
            assertThat(readAll(journal)).isEqualTo(written);
            assertThat(journal.lastLocalDeviceSeq()).isEqualTo(4);
        }
        assertThat(Files.size(segment)).as("a clean close leaves no zero tail").isEqualTo(frameOffsets(segment).getLast());
    }

    @Test
    void zerosWhereARecordShouldStartWithRecordsAfterThemAreDamageNotTheEnd() throws IOException {
        List<Event> written = new ArrayList<>();
        Path segment = crashImageAfter(written, 3);
        List<Long> offsets = frameOffsets(segment);
        try (RandomAccessFile f = new RandomAccessFile(segment.toFile(), "rw")) {
            f.seek(offsets.get(1));
            f.write(new byte[(int) (offsets.get(2) - offsets.get(1))]);
        }

        try (Journal journal = Journal.open(segment.getParent(), options())) {
            assertThat(journal.openReport().problems())
                    .anySatisfy(p -> assertThat(p).contains("zero bytes where a record should start"));
            assertThat(readAll(journal)).as("nothing after the damage is accepted").containsExactly(written.getFirst());
            assertThat(journal.openReport().filesSetAside()).singleElement()
                    .satisfies(p -> assertThat(Files.size(p)).as("the cut bytes, without the zero tail")
                            .isEqualTo(offsets.get(3) - offsets.get(1)));
        }
    }

    @Test
    void aTornRecordInTheZeroTailIsCutAndOnlyItsOwnBytesAreCountedAndKept() throws IOException {
        List<Event> written = new ArrayList<>();
        Path segment = crashImageAfter(written, 2);
        long dataEnd = frameOffsets(segment).getLast();
        ByteBuffer torn = ByteBuffer.allocate(18).putInt(500).putInt(0x1234_5678).put(new byte[] {'{', '"', 'e', 'v'});
        try (RandomAccessFile f = new RandomAccessFile(segment.toFile(), "rw")) {
            f.seek(dataEnd);
            f.write(torn.array(), 0, 12);
        }

        try (Journal journal = Journal.open(segment.getParent(), options())) {
            assertThat(journal.openReport().tornBytesCut()).isEqualTo(12);
            assertThat(readAll(journal)).isEqualTo(written);
            assertThat(Files.size(segment)).isEqualTo(dataEnd);
        }
    }
}

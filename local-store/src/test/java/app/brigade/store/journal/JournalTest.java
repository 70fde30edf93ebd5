package app.brigade.store.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.protocol.Event;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path dir;

    private final JournalTestKit kit = new JournalTestKit();

    private Event event() {
        return kit.event();
    }

    private JournalOptions options() {
        return JournalOptions.defaults("pos-1");
    }

    private List<Event> readAll(Journal journal) throws IOException {
        return JournalTestKit.readAll(journal);
    }

    private Path onlySegment() throws IOException {
        return SegmentFiles.list(dir).getLast();
    }

    @Test
    void appendedEventsReadBackInOrderAfterReopen() throws IOException {
        List<Event> written = new ArrayList<>();
        try (Journal journal = Journal.open(dir, options())) {
            for (int i = 0; i < 10; i++) {
                List<Event> batch = List.of(event(), event());
                journal.append(batch);
                written.addAll(batch);
            }
        }
        try (Journal journal = Journal.open(dir, options())) {
            assertThat(journal.openReport().clean()).isTrue();
            assertThat(readAll(journal)).isEqualTo(written);
            assertThat(journal.lastLocalDeviceSeq()).isEqualTo(20);
        }
    }

    @Test
    void tornLastRecordIsCutAndKeptAside() throws IOException {
        try (Journal journal = Journal.open(dir, options())) {
            journal.append(List.of(event()));
            journal.append(List.of(event()));
        }
        Path segment = onlySegment();
        long size = Files.size(segment);
        try (RandomAccessFile f = new RandomAccessFile(segment.toFile(), "rw")) {
            f.setLength(size - 5);
        }
        try (Journal journal = Journal.open(dir, options())) {
            assertThat(journal.openReport().tornBytesCut()).isPositive();
            assertThat(journal.openReport().filesSetAside()).singleElement()
                    .satisfies(p -> assertThat(p.getFileName().toString()).contains(".cut-"));
            assertThat(readAll(journal)).hasSize(1);
            journal.append(List.of(event()));
            assertThat(readAll(journal)).hasSize(2);
        }
    }

    @Test
    void noRecordAfterACrcFailureIsAccepted() throws IOException {
        try (Journal journal = Journal.open(dir, options())) {
            for (int i = 0; i < 3; i++) {
                journal.append(List.of(event()));
            }
        }
        Path segment = onlySegment();
        try (RandomAccessFile f = new RandomAccessFile(segment.toFile(), "rw")) {
            long secondRecordBody = SegmentHeader.BYTES + (Files.size(segment) - SegmentHeader.BYTES) / 3 + 20;
            f.seek(secondRecordBody);
            int b = f.read();
            f.seek(secondRecordBody);
            f.write(b ^ 0xFF);
        }
        try (Journal journal = Journal.open(dir, options())) {
            assertThat(journal.openReport().problems()).anySatisfy(p -> assertThat(p).contains("CRC32C mismatch"));
            assertThat(readAll(journal)).hasSize(1);
        }
    }

    @Test
    void anAtomicGroupMissingItsLastRecordIsCutWhole() throws IOException {
        try (Journal journal = Journal.open(dir, options())) {
            journal.append(List.of(event()));
            journal.append(List.of(event(), event(), event()));
        }
        Path segment = onlySegment();
        long size = Files.size(segment);
        long oneRecord = (size - SegmentHeader.BYTES) / 4;
        try (RandomAccessFile f = new RandomAccessFile(segment.toFile(), "rw")) {
            f.setLength(size - oneRecord);
        }
        try (Journal journal = Journal.open(dir, options())) {
            assertThat(readAll(journal)).hasSize(1);
            assertThat(journal.lastLocalDeviceSeq()).isEqualTo(1);
        }
    }

    @Test
    void segmentsRollAndAreDeletedOnlyWhenAppliedAndAcknowledged() throws IOException {
        JournalOptions small = new JournalOptions("pos-1", 4096, ChannelFile::open, options().codec());
        try (Journal journal = Journal.open(dir, small)) {
            for (int i = 0; i < 100; i++) {
                journal.append(List.of(event()));
            }
            assertThat(journal.segmentCount()).isGreaterThan(3);
            int before = journal.segmentCount();
            assertThat(journal.deleteSegmentsCoveredBy(100, 0)).isEmpty();
            assertThat(journal.deleteSegmentsCoveredBy(0, 100)).isEmpty();
            assertThat(journal.deleteSegmentsCoveredBy(100, 100)).hasSize(before - 1);
            assertThat(journal.firstPosition()).isGreaterThan(1);
        }
        try (Journal journal = Journal.open(dir, small)) {
            assertThat(journal.lastLocalDeviceSeq()).isEqualTo(100);
            assertThat(journal.lastPosition()).isEqualTo(100);
        }
    }

    @Test
    void concurrentAppendsGetDistinctContiguousPositions() throws Exception {
        List<Long> positions = Collections.synchronizedList(new ArrayList<>());
        try (Journal journal = Journal.open(dir, options());
                ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        journal.append(List.of(event())).forEach(e -> positions.add(e.position()));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            assertThat(readAll(journal)).hasSize(400);
        }
        assertThat(positions).doesNotHaveDuplicates().hasSize(400).allSatisfy(p -> assertThat(p).isBetween(1L, 400L));
    }
}

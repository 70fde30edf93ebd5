package app.brigade.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.devices.escpos.BarcodeType;
import app.brigade.devices.receipt.CustomerReceiptLayout;
import app.brigade.devices.receipt.ReceiptDocument;
import app.brigade.devices.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobStoreTest {

    @TempDir
    Path dir;

    private static PrintJob job(String id, long seq) {
        ReceiptDocument document = ReceiptDocument.builder()
                .add(new CustomerReceiptLayout(Samples.EURO).layout(Samples.receipt()).blocks().getFirst())
                .barcode(BarcodeType.CODE128, "A-042")
                .build()
                .withPrefix(new CustomerReceiptLayout(Samples.EURO).layout(Samples.receipt()).blocks());
        return PrintJob.queued(id, seq, "front", new PrintRequest("receipt", "Receipt A-042", document),
                Instant.parse("2025-01-31T19:42:00Z"));
    }

    @Test
    void jobsSurviveANewStoreOnTheSameFolderInOrder() {
        JobStore store = new JobStore(dir);
        PrintJob second = job("b", 2);
        PrintJob first = job("a", 1).sending(Instant.parse("2025-01-31T19:42:01Z"));
        store.save(second);
        store.save(first);

        assertThat(new JobStore(dir).loadAll()).containsExactly(first, second);
    }

    @Test
    void savingAgainReplacesTheJobAtomically() throws Exception {
        JobStore store = new JobStore(dir);
        PrintJob job = job("a", 1);
        store.save(job);
        store.save(job.withState(JobState.PRINTED, null, Instant.parse("2025-01-31T19:43:00Z")));

        assertThat(store.loadAll()).singleElement().extracting(PrintJob::state).isEqualTo(JobState.PRINTED);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.job.json");
        }
    }

    @Test
    void anUnreadableFileIsMovedAsideNotFatal() throws Exception {
        JobStore store = new JobStore(dir);
        store.save(job("a", 1));
        Files.writeString(dir.resolve("b.job.json"), "{ torn");

        assertThat(store.loadAll()).extracting(PrintJob::id).containsExactly("a");
        assertThat(dir.resolve("b.job.json.corrupt")).exists();
    }

    @Test
    void pruneRemovesOnlyOldFinishedJobs() {
        JobStore store = new JobStore(dir);
        Instant old = Instant.parse("2025-01-01T00:00:00Z");
        store.save(job("done", 1).withState(JobState.PRINTED, null, old));
        store.save(job("held", 2).withState(JobState.HELD, "paper end", old));

        assertThat(store.pruneFinished(Instant.parse("2025-01-02T00:00:00Z"))).isEqualTo(1);
        assertThat(store.loadAll()).extracting(PrintJob::id).containsExactly("held");
    }
}

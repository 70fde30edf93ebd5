package app.brigade.devices.printer;

import app.brigade.devices.receipt.Block;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps print jobs as one JSON file each in a folder. A save writes a temp file, forces it to disk
 * and renames it over the old one, so a crash leaves either the old or the new job, never half.
 */
public final class JobStore {

    private static final Logger LOG = LoggerFactory.getLogger(JobStore.class);
    private static final String SUFFIX = ".job.json";

    private final Path folder;
    private final ObjectMapper json;

    /**
     * A store in {@code folder}, created when missing.
     *
     * @throws UncheckedIOException when the folder cannot be created
     */
    public JobStore(Path folder) {
        this.folder = folder;
        this.json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .addMixIn(Block.class, BlockTypes.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the print job folder " + folder, e);
        }
    }

    /** The folder holding the job files. */
    public Path folder() {
        return folder;
    }

    /** Every readable job, oldest first; unreadable files are renamed to {@code .corrupt} and skipped. */
    public List<PrintJob> loadAll() {
        List<PrintJob> jobs = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                try {
                    jobs.add(json.readValue(file.toFile(), PrintJob.class));
                } catch (IOException e) {
                    Path aside = file.resolveSibling(file.getFileName() + ".corrupt");
                    LOG.error("Print job file {} is unreadable ({}); moved it to {}", file, e.getMessage(), aside);
                    Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the print job folder " + folder, e);
        }
        jobs.sort(Comparator.comparingLong(PrintJob::seq));
        return jobs;
    }

    /** Writes the job durably (temp file, fsync, atomic rename, folder fsync). */
    public void save(PrintJob job) {
        Path target = fileOf(job.id());
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            byte[] bytes = json.writeValueAsBytes(job);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save print job " + job.id() + " to " + target, e);
        }
    }

    /** Removes a job's file. */
    public void delete(String jobId) {
        try {
            Files.deleteIfExists(fileOf(jobId));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete print job file " + fileOf(jobId), e);
        }
    }

    /** Deletes finished (printed or failed) jobs last updated before {@code cutoff}; returns how many. */
    public int pruneFinished(Instant cutoff) {
        int removed = 0;
        for (PrintJob job : loadAll()) {
            if (!job.state().isPending() && job.updatedAt().isBefore(cutoff)) {
                delete(job.id());
                removed++;
            }
        }
        return removed;
    }

    private Path fileOf(String jobId) {
        if (!jobId.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("Print job id '" + jobId + "' may only hold letters, digits and '-'");
        }
        return folder.resolve(jobId + SUFFIX);
    }

    private void forceFolder() {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Some platforms (Windows) cannot open a directory; the rename is still atomic there.
            LOG.trace("Folder fsync not supported for {}: {}", folder, e.getMessage());
        }
    }

    /** Jackson type names for the sealed {@link Block} hierarchy, kept out of the layout model. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Block.Text.class, name = "text"),
            @JsonSubTypes.Type(value = Block.Columns.class, name = "columns"),
            @JsonSubTypes.Type(value = Block.Rule.class, name = "rule"),
            @JsonSubTypes.Type(value = Block.Qr.class, name = "qr"),
            @JsonSubTypes.Type(value = Block.Barcode.class, name = "barcode"),
            @JsonSubTypes.Type(value = Block.Feed.class, name = "feed"),
            @JsonSubTypes.Type(value = Block.Cut.class, name = "cut"),
            @JsonSubTypes.Type(value = Block.DrawerPulse.class, name = "drawer-pulse")
    })
    private interface BlockTypes {
    }
}

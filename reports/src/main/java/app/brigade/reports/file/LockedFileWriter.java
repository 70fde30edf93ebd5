package app.brigade.reports.file;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a file so that readers only ever see a complete one (DESIGN §5): a lock file beside the
 * target ({@code FileChannel.tryLock}, bounded wait), a temp file in the same folder, {@code force},
 * an atomic move. If the target cannot be replaced it writes {@code name (2).ext} and says so.
 * Temp files are removed on failure, and stale ones from a process that died are swept under the lock.
 */
public final class LockedFileWriter {

    private static final Logger LOG = LoggerFactory.getLogger(LockedFileWriter.class);
    private static final int MAX_ALTERNATIVES = 99;

    /** Writes the content; may be called once per attempt. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Duration lockWait;

    public LockedFileWriter(Duration lockWait) {
        this.lockWait = lockWait;
    }

    public WriteResult write(Path target, Content content) throws ExportException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException("the folder " + folder + " does not exist; choose an existing folder");
        }
        if (!Files.isWritable(folder)) {
            throw new ExportException("the folder " + folder + " is not writable; choose another folder");
        }
        String name = absolute.getFileName().toString();
        Path lockPath = folder.resolve("." + name + ".lock");
        try (FileChannel lockChannel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = acquire(lockChannel, absolute)) {
            sweepStaleTemps(folder, name);
            Path temp = folder.resolve("." + name + "." + UUID.randomUUID() + ".tmp");
            try {
                writeDurably(temp, content);
                return moveIntoPlace(temp, absolute);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (ExportException e) {
            throw e;
        } catch (AccessDeniedException e) {
            throw new ExportException("no permission to write in " + folder + "; choose another folder", e);
        } catch (IOException e) {
            throw new ExportException(describe(e, absolute), e);
        }
    }

    private FileLock acquire(FileChannel channel, Path target) throws IOException, ExportException {
        long deadline = System.nanoTime() + lockWait.toNanos();
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException e) {
                // held by another thread of this JVM: wait like for another process
            }
            if (System.nanoTime() >= deadline) {
                throw new ExportException("another export to " + target.getFileName()
                        + " is running; wait for it to finish and try again");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExportException("export to " + target.getFileName() + " was interrupted");
            }
        }
    }

    private static void writeDurably(Path temp, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel)) {
            content.writeTo(out);
            out.flush();
            channel.force(true);
        }
    }

    private WriteResult moveIntoPlace(Path temp, Path target) throws IOException, ExportException {
        for (int n = 1; n <= MAX_ALTERNATIVES; n++) {
            Path candidate = n == 1 ? target : alternative(target, n);
            if (n > 1 && Files.exists(candidate)) {
                continue;
            }
            try {
                Files.move(temp, candidate, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                syncFolder(target.getParent());
                if (n > 1) {
                    LOG.warn("{} could not be replaced; report written to {}", target, candidate);
                }
                return new WriteResult(target, candidate, n > 1);
            } catch (AtomicMoveNotSupportedException e) {
                throw new ExportException("the folder " + target.getParent() + " does not support safe replacement", e);
            } catch (FileSystemException e) {
                if (e instanceof NoSuchFileException) {
                    throw e;
                }
                LOG.info("cannot replace {} ({}); trying another name", candidate, e.getReason());
            }
        }
        throw new ExportException("could not write " + target.getFileName() + " or any of its (2)…(" + MAX_ALTERNATIVES
                + ") alternatives; close them or choose another folder");
    }

    static Path alternative(Path target, int n) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        return target.resolveSibling(base + " (" + n + ")" + ext);
    }

    private static void sweepStaleTemps(Path folder, String name) throws IOException {
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, "." + globEscape(name) + ".*.tmp")) {
            for (Path p : stale) {
                LOG.info("removing temp file {} left by an export that did not finish", p);
                Files.deleteIfExists(p);
            }
        }
    }

    private static String globEscape(String s) {
        return s.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            LOG.debug("folder fsync not supported for {}", folder, e);
        }
    }

    private static String describe(IOException e, Path target) {
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("No space left") || msg.contains("Disk quota")) {
            return "the disk is full while writing " + target.getFileName() + "; nothing was replaced. Free some space"
                    + " or choose another folder";
        }
        return "could not write " + target + ": " + msg;
    }
}

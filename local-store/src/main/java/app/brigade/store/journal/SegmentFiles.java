package app.brigade.store.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Names and lists segment files: {@code segment-<first position, 20 digits>.journal}, so a plain
 * directory listing sorts them in journal order.
 */
final class SegmentFiles {

    private static final Pattern NAME = Pattern.compile("segment-(\\d{20})\\.journal");

    private SegmentFiles() {
    }

    static Path path(Path dir, long firstPosition) {
        return dir.resolve("segment-%020d.journal".formatted(firstPosition));
    }

    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    static long firstPositionFromName(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException(file + " is not a journal segment file");
        }
        return Long.parseLong(m.group(1));
    }

    /** Renames a damaged file so it is kept for inspection but no longer read as a segment. */
    static Path setAside(Path file, String why) throws IOException {
        Path target = file.resolveSibling(file.getFileName() + "." + why);
        for (int n = 2; Files.exists(target); n++) {
            target = file.resolveSibling(file.getFileName() + "." + why + "-" + n);
        }
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(file.getParent());
        return target;
    }

    /** Makes a create, rename or delete in {@code dir} durable; a no-op where the OS cannot sync directories. */
    static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw new UncheckedIOException("cannot sync directory " + dir, e);
            }
        }
    }
}

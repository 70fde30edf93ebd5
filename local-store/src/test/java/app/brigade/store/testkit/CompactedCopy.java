package app.brigade.store.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The size an H2 file has once H2 itself has rewritten it with only its live pages: a copy of it is opened
 * and closed with {@code SHUTDOWN COMPACT}, the file under test is left as it was. A file that is already
 * compact comes out about the same size; one that holds dead pages comes out much smaller.
 */
public final class CompactedCopy {

    private CompactedCopy() {
    }

    /** Bytes of {@code mvDbFile} (a closed {@code *.mv.db}) after compacting a copy of it in {@code scratch}. */
    public static long bytesOf(Path mvDbFile, Path scratch) throws Exception {
        Files.createDirectories(scratch);
        Path copy = scratch.resolve("copy.mv.db");
        Files.copy(mvDbFile, copy);
        String base = scratch.resolve("copy").toAbsolutePath().toString();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
                Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        }
        long bytes = Files.size(copy);
        Files.delete(copy);
        return bytes;
    }
}

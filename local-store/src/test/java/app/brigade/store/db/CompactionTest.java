package app.brigade.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 under {@code WRITE_DELAY=0} writes a chunk per commit and, with no background writer, never rewrites
 * old ones: a chunk that still holds one live page keeps all its bytes, and the file grows with every
 * commit. {@link Database#compactSome} is what frees them (ADR 0018). Two real H2 files take the same
 * commits, one compacted the way the store's applier does it, one not. The retention time is set to 0 so
 * chunks are old enough to rewrite at once (on a terminal they are after 45 s).
 */
class CompactionTest {

    private static final int COMMITS = 6_000;

    @TempDir
    Path dir;

    @Test
    void compactingAsTheApplierDoesKeepsTheFileFromGrowingWithEveryCommit() throws Exception {
        long plain = fileAfterCommits(dir.resolve("plain"), false);
        long compacted = fileAfterCommits(dir.resolve("compacted"), true);

        assertThat(compacted).as("compacted %,d bytes against %,d without", compacted, plain).isLessThan(plain / 2);
    }

    private static long fileAfterCommits(Path folder, boolean compact) throws Exception {
        Database db = Database.open(folder);
        try {
            synchronized (db.writeLock()) {
                try (Statement st = db.writerConnection().createStatement()) {
                    st.execute("SET RETENTION_TIME 0");
                    st.execute("CREATE TABLE scratch (id INT PRIMARY KEY, body VARCHAR(1000))");
                }
                db.commit();
            }
            for (int round = 0; round < COMMITS / 100; round++) {
                synchronized (db.writeLock()) {
                    try (PreparedStatement insert = db.writerConnection().prepareStatement(
                            "INSERT INTO scratch (id, body) VALUES (?, ?)")) {
                        for (int i = round * 100; i < round * 100 + 100; i++) {
                            insert.setInt(1, i);
                            insert.setString(2, "event body " + i + " ".repeat(200));
                            insert.executeUpdate();
                            db.commit();
                        }
                    }
                }
                if (compact) {
                    db.compactSome(80, 4 << 20);
                }
            }
            return db.sizeBytes();
        } finally {
            db.close();
        }
    }
}

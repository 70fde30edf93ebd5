package app.brigade.store.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.store.journal.Journal;
import app.brigade.store.journal.JournalEntry;
import app.brigade.store.journal.JournalOptions;
import app.brigade.store.journal.JournalVisitor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Checks that a closed store's H2 file holds nothing the journal does not: H2 may lag, never lead. */
public final class JournalTruth {

    private JournalTruth() {
    }

    public static void assertDatabaseNotAheadOfJournal(Path storeFolder) throws Exception {
        Map<Long, UUID> journal = new HashMap<>();
        long last;
        try (Journal j = Journal.open(storeFolder.resolve("journal"), JournalOptions.defaults(Sales.DEVICE))) {
            j.read(j.firstPosition(), new JournalVisitor() {
                @Override
                public void entry(JournalEntry entry) {
                    journal.put(entry.position(), entry.event().eventId());
                }

                @Override
                public void unreadable(long position, String reason) {
                    // counted by position only
                }
            });
            last = j.lastPosition();
        }
        String url = "jdbc:h2:file:" + storeFolder.resolve("db").resolve("brigade").toAbsolutePath()
                + ";IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT APPLIED_POSITION FROM STORE_STATE WHERE ID = 1")) {
                rs.next();
                assertThat(rs.getLong(1)).as("H2's applied position").isLessThanOrEqualTo(last);
            }
            try (ResultSet rs = st.executeQuery("SELECT EVENT_ID, POSITION FROM EVENT_LOG")) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    long position = rs.getLong(2);
                    assertThat(journal.get(position)).as("journal record at position %d for H2's event %s", position,
                            id).isEqualTo(id);
                }
            }
        }
    }
}

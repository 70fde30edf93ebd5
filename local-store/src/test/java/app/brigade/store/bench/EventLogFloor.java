package app.brigade.store.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The least a rebuild must spend in H2 on this disk, whatever its projections do: writing only the
 * {@code event_log} rows (the applied-event ids with their JSON, DESIGN §2) of a rebuilt store into a new
 * H2 file the cheapest way H2 offers — batched inserts into the table without its key, then the key and
 * its two indexes made once, then {@code SHUTDOWN COMPACT}, all as the rebuild does. The rows are the
 * rebuilt store's own (same ids, same bodies), streamed from it; only the writing is timed.
 */
final class EventLogFloor {

    private static final String COLUMNS = "event_id, position, device_id, device_seq, hlc_wall, hlc_counter,"
            + " event_type, aggregate_id, local_event, body";

    /** Seconds for each step; {@code total()} is the floor. */
    record Figures(int rows, double insert, double key, double indexes, double compact) {
        double total() {
            return insert + key + indexes + compact;
        }
    }

    private EventLogFloor() {
    }

    /** {@code rebuiltDb}: the closed store's {@code db} folder; {@code scratch}: an empty folder to write in. */
    static Figures measure(Path rebuiltDb, Path scratch) throws SQLException, java.io.IOException {
        Files.createDirectories(scratch);
        String source = "jdbc:h2:file:" + rebuiltDb.resolve("brigade").toAbsolutePath()
                + ";ACCESS_MODE_DATA=r;LAZY_QUERY_EXECUTION=1";
        String url = "jdbc:h2:file:" + scratch.resolve("floor").toAbsolutePath() + ";WRITE_DELAY=50";
        try (Connection from = DriverManager.getConnection(source, "sa", "");
                Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setAutoCommit(false);
            execute(c, "CREATE TABLE event_log (event_id UUID NOT NULL, position BIGINT NOT NULL,"
                    + " device_id VARCHAR(64) NOT NULL, device_seq BIGINT NOT NULL, hlc_wall BIGINT NOT NULL,"
                    + " hlc_counter INT NOT NULL, event_type VARCHAR(64) NOT NULL, aggregate_id VARCHAR(64),"
                    + " local_event BOOLEAN NOT NULL, body VARCHAR(1000000) NOT NULL)");
            int rows = 0;
            long inserting = 0;
            try (Statement st = from.createStatement();
                    ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM event_log");
                    PreparedStatement insert = c.prepareStatement("INSERT INTO event_log (" + COLUMNS
                            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Object[] row = new Object[10];
                while (rs.next()) {
                    // Only the writing is timed: reading the rows back is not part of a rebuild's cost.
                    for (int col = 0; col < row.length; col++) {
                        row[col] = rs.getObject(col + 1);
                    }
                    long t = System.nanoTime();
                    for (int col = 0; col < row.length; col++) {
                        insert.setObject(col + 1, row[col]);
                    }
                    insert.addBatch();
                    rows++;
                    if (rows % 1000 == 0) {
                        insert.executeBatch();
                    }
                    if (rows % 5000 == 0) {
                        c.commit();
                    }
                    inserting += System.nanoTime() - t;
                }
                long t = System.nanoTime();
                insert.executeBatch();
                c.commit();
                inserting += System.nanoTime() - t;
            }
            long t1 = System.nanoTime();
            execute(c, "ALTER TABLE event_log ADD PRIMARY KEY (event_id)");
            long t2 = System.nanoTime();
            execute(c, "CREATE INDEX event_log_device_seq ON event_log (device_id, device_seq)");
            execute(c, "CREATE INDEX event_log_aggregate ON event_log (aggregate_id)");
            long t3 = System.nanoTime();
            execute(c, "SHUTDOWN COMPACT");
            long t4 = System.nanoTime();
            return new Figures(rows, inserting / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
        if (!sql.startsWith("SHUTDOWN")) {
            c.commit();
        }
    }
}

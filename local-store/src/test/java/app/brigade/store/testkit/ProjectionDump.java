package app.brigade.store.testkit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads every projection table of a closed store's H2 file into sorted text rows, for equality checks. */
public final class ProjectionDump {

    private ProjectionDump() {
    }

    public static Map<String, List<String>> of(Path storeFolder) throws SQLException {
        String url = "jdbc:h2:file:" + storeFolder.resolve("db").resolve("brigade").toAbsolutePath()
                + ";IFEXISTS=TRUE";
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            row.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i))
                                    .append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                out.put(table, rows);
            }
            out.put(SCHEMA, keysAndIndexes(st));
        }
        return out;
    }

    /** The dump's entry for the keys, constraints and indexes (a rebuild drops some and must put them back). */
    public static final String SCHEMA = "(keys and indexes)";

    /**
     * Every constraint (name, table, type) and every index (table, kind, columns) of the projections.
     * Index names are left out: H2 names the index behind a primary key when the key is made.
     */
    private static List<String> keysAndIndexes(Statement st) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT CONSTRAINT_NAME, TABLE_NAME, CONSTRAINT_TYPE"
                + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " AND TABLE_NAME <> 'flyway_schema_history'")) {
            while (rs.next()) {
                rows.add("constraint " + rs.getString(1) + " on " + rs.getString(2) + ": " + rs.getString(3));
            }
        }
        try (ResultSet rs = st.executeQuery("SELECT i.TABLE_NAME, i.INDEX_TYPE_NAME,"
                + " LISTAGG(c.COLUMN_NAME, ',') WITHIN GROUP (ORDER BY c.ORDINAL_POSITION)"
                + " FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c"
                + " ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME AND c.TABLE_NAME = i.TABLE_NAME"
                + " WHERE i.TABLE_SCHEMA = 'PUBLIC' AND i.TABLE_NAME <> 'flyway_schema_history'"
                + " GROUP BY i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME")) {
            while (rs.next()) {
                rows.add("index on " + rs.getString(1) + " (" + rs.getString(3) + "): " + rs.getString(2));
            }
        }
        rows.sort(null);
        return rows;
    }

    /** How many times each event id is in the applied-event log of a closed store. */
    public static Map<java.util.UUID, Integer> appliedCounts(Path storeFolder) throws SQLException {
        String url = "jdbc:h2:file:" + storeFolder.resolve("db").resolve("brigade").toAbsolutePath()
                + ";IFEXISTS=TRUE";
        Map<java.util.UUID, Integer> out = new java.util.HashMap<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT EVENT_ID FROM EVENT_LOG")) {
            while (rs.next()) {
                out.merge(rs.getObject(1, java.util.UUID.class), 1, Integer::sum);
            }
        }
        return out;
    }

    /** Runs one query returning a single number against a closed store's H2 file. */
    public static long number(Path storeFolder, String sql) throws SQLException {
        String url = "jdbc:h2:file:" + storeFolder.resolve("db").resolve("brigade").toAbsolutePath()
                + ";IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

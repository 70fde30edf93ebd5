package app.brigade.store.recovery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plain secondary indexes of a database being rebuilt, dropped before the replay and created
 * again after it. Apply never reads through them, and H2 builds an index over a filled table by
 * sorting it, far cheaper than keeping it up to date row by row (most are on random ids, so every
 * insert dirties another page). Primary keys and unique indexes stay: apply's idempotency depends
 * on them. The definitions are read from the database itself, so a new migration's indexes are
 * deferred too without being listed here.
 */
final class DeferredIndexes {

    /** Indexes the apply path reads through (a voided order's tickets by order id): kept live. */
    private static final Set<String> READ_BY_APPLY = Set.of("KITCHEN_TICKET_ORDER");

    /** One dropped index or key: its name, the statement that creates it again and the one that dropped it. */
    record Definition(String name, String createSql, String dropSql) {
    }

    /**
     * The one primary key dropped too: {@code event_log}'s, whose only use during apply is to refuse a
     * duplicate event id, which a rebuild does in memory instead ({@code Projector.forRebuild}, ADR 0019).
     * Its random UUIDs made it the costliest index to keep while a million rows went in.
     */
    static final String KEY_DEFERRED_TABLE = "EVENT_LOG";

    private final List<Definition> dropped;

    private DeferredIndexes(List<Definition> dropped) {
        this.dropped = List.copyOf(dropped);
    }

    /**
     * Drops the deferrable indexes of the {@code PUBLIC} schema and the primary key of
     * {@value #KEY_DEFERRED_TABLE} (committed by H2's DDL). The key is created again first by {@link #create}.
     */
    static DeferredIndexes drop(Connection connection) throws SQLException {
        List<Definition> definitions = new ArrayList<>();
        primaryKey(connection, KEY_DEFERRED_TABLE).ifPresent(definitions::add);
        definitions.addAll(deferrable(connection));
        try (Statement st = connection.createStatement()) {
            for (Definition d : definitions) {
                st.execute(d.dropSql());
            }
        }
        return new DeferredIndexes(definitions);
    }

    private static Optional<Definition> primaryKey(Connection connection, String table) throws SQLException {
        String sql = "SELECT tc.CONSTRAINT_NAME, k.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
                + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
                + " AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                + " WHERE tc.TABLE_SCHEMA = 'PUBLIC' AND tc.TABLE_NAME = ? AND tc.CONSTRAINT_TYPE = 'PRIMARY KEY'"
                + " ORDER BY k.ORDINAL_POSITION";
        String name = null;
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    name = rs.getString(1);
                    columns.add(quote(rs.getString(2)));
                }
            }
        }
        if (name == null) {
            return Optional.empty();
        }
        String qualified = "\"PUBLIC\"." + quote(table);
        String constraint = qualified + " ADD CONSTRAINT " + quote(name);
        return Optional.of(new Definition(name,
                "ALTER TABLE " + constraint + " PRIMARY KEY (" + String.join(", ", columns) + ")",
                "ALTER TABLE " + qualified + " DROP CONSTRAINT " + quote(name)));
    }

    /** Creates every dropped index again, with its original name and columns. */
    void create(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (Definition d : dropped) {
                st.execute(d.createSql());
            }
        }
    }

    List<Definition> definitions() {
        return dropped;
    }

    private static List<Definition> deferrable(Connection connection) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, String> tables = new LinkedHashMap<>();
        List<String> notPlain = new ArrayList<>();
        String sql = "SELECT i.TABLE_NAME, i.INDEX_NAME, c.COLUMN_NAME, c.ORDERING_SPECIFICATION, c.NULL_ORDERING"
                + " FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c"
                + " ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME AND c.TABLE_NAME = i.TABLE_NAME"
                + " WHERE i.TABLE_SCHEMA = 'PUBLIC' AND i.INDEX_TYPE_NAME = 'INDEX'"
                + " ORDER BY i.TABLE_NAME, i.INDEX_NAME, c.ORDINAL_POSITION";
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String table = rs.getString(1);
                String index = rs.getString(2);
                tables.put(index, table);
                columns.computeIfAbsent(index, k -> new ArrayList<>()).add(rs.getString(3));
                // Only the default ascending, nulls-first columns are recreated exactly by a plain CREATE INDEX.
                if (!"ASC".equals(rs.getString(4)) || !"FIRST".equals(rs.getString(5))) {
                    notPlain.add(index);
                }
            }
        }
        List<Definition> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> index : columns.entrySet()) {
            String name = index.getKey();
            String table = tables.get(name);
            if (READ_BY_APPLY.contains(name) || notPlain.contains(name) || table.startsWith("flyway")) {
                continue;
            }
            String cols = String.join(", ", index.getValue().stream().map(DeferredIndexes::quote).toList());
            out.add(new Definition(name, "CREATE INDEX \"PUBLIC\"." + quote(name) + " ON \"PUBLIC\"." + quote(table)
                    + " (" + cols + ")", "DROP INDEX \"PUBLIC\"." + quote(name)));
        }
        return out;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}

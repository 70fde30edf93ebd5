package app.brigade.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.exception.DataAccessException;

/**
 * A jOOQ statement with named parameters, rendered once for the database's dialect and run as one
 * JDBC batch. The ingest's hot path: binding 500 rows through jOOQ's per-value binding cost as much
 * CPU as H2's own insert work, and the SQL text never changes.
 */
public final class BatchStatement {

    private final String sql;
    private final List<String> names;
    private final int[] sqlTypes;

    private BatchStatement(String sql, List<String> names, int[] sqlTypes) {
        this.sql = sql;
        this.names = names;
        this.sqlTypes = sqlTypes;
    }

    /** Renders {@code template}, whose parameters are all named and each used once, with {@code dsl}'s dialect. */
    public static BatchStatement of(DSLContext dsl, Query template) {
        Map<String, Param<?>> params = template.getParams();
        List<String> names = new ArrayList<>(params.keySet());
        int[] types = new int[names.size()];
        for (int i = 0; i < types.length; i++) {
            String name = names.get(i);
            if (name == null || name.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("every parameter of a batch statement must be named: " + template);
            }
            types[i] = params.get(name).getDataType().getSQLType();
        }
        String sql = dsl.render(template);
        if (sql.chars().filter(c -> c == '?').count() != names.size()) {
            throw new IllegalArgumentException("a parameter is used twice or a literal holds '?': " + sql);
        }
        return new BatchStatement(sql, List.copyOf(names), types);
    }

    public String sql() {
        return sql;
    }

    /** The values of one row in this statement's parameter order, taken by parameter name. */
    public Object[] row(Map<String, ?> valuesByName) {
        Object[] row = new Object[names.size()];
        for (int i = 0; i < row.length; i++) {
            String name = names.get(i);
            if (!valuesByName.containsKey(name)) {
                throw new IllegalArgumentException("no value for parameter " + name + " of " + sql);
            }
            row[i] = valuesByName.get(name);
        }
        return row;
    }

    /** Runs every row as one JDBC batch on the transaction's connection. */
    public void execute(DSLContext tx, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        tx.connection(c -> execute(c, rows));
    }

    private void execute(Connection c, List<Object[]> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                if (row.length != sqlTypes.length) {
                    throw new IllegalArgumentException(row.length + " values for " + sqlTypes.length + " parameters");
                }
                for (int i = 0; i < row.length; i++) {
                    if (row[i] == null) {
                        ps.setNull(i + 1, sqlTypes[i]);
                    } else {
                        ps.setObject(i + 1, row[i]);
                    }
                }
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            // Same exception type as jOOQ's own statements, so callers read one SQL state either way.
            throw new DataAccessException("SQL [" + sql + "]; " + e.getMessage(), e);
        }
    }
}

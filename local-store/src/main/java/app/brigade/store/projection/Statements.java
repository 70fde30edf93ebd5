package app.brigade.store.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.jooq.exception.DataAccessException;

/**
 * The statements every sale runs (event log, order, line, ticket, payment rows), as plain SQL prepared
 * once on the writer connection and reused. Rendering them anew with jOOQ for every event cost more
 * than H2 took to run them (a replay spent about half its time in jOOQ). Only for the holder of the
 * database's write lock, inside its transaction; failures surface as jOOQ's {@link DataAccessException}
 * with the {@link SQLException} as cause, like the jOOQ statements around them.
 */
final class Statements {

    /** SQLSTATE of a unique or primary key violation. */
    private static final String DUPLICATE_KEY = "23505";

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Statements(Connection connection) {
        this.connection = connection;
    }

    /** Runs an update, delete or insert and returns the row count. */
    int update(String sql, Object... args) {
        try {
            return bind(sql, args).executeUpdate();
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /**
     * Runs an insert and returns 1, or 0 when a row with the same key exists (nothing changes: H2 rolls
     * back just the failed statement), like jOOQ's {@code onConflictDoNothing()}.
     */
    int insertIfAbsent(String sql, Object... args) {
        try {
            return bind(sql, args).executeUpdate();
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return 0;
            }
            throw failed(sql, e);
        }
    }

    /** The first column of the first row as a string, or null when there is no row. */
    String string(String sql, Object... args) {
        try (ResultSet rs = bind(sql, args).executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /** The first row's first {@code columns} columns as strings, or null when there is no row. */
    String[] strings(String sql, int columns, Object... args) {
        try (ResultSet rs = bind(sql, args).executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            String[] row = new String[columns];
            for (int i = 0; i < columns; i++) {
                row[i] = rs.getString(i + 1);
            }
            return row;
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    boolean exists(String sql, Object... args) {
        try (ResultSet rs = bind(sql, args).executeQuery()) {
            return rs.next();
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    private PreparedStatement bind(String sql, Object[] args) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }

    private static DataAccessException failed(String sql, SQLException e) {
        return new DataAccessException("SQL [" + sql + "]; " + e.getMessage(), e);
    }
}

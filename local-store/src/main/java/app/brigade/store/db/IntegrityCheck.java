package app.brigade.store.db;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Table;
import app.brigade.store.db.schema.DefaultSchema;

/**
 * Reads every row of every projection table, so damaged pages surface now (and lead to a rebuild)
 * rather than in the middle of service.
 */
public final class IntegrityCheck {

    private IntegrityCheck() {
    }

    /** Empty when every table could be read completely; otherwise what failed. */
    public static Optional<String> run(DSLContext db) {
        List<Table<?>> tables = DefaultSchema.DEFAULT_SCHEMA.getTables();
        for (Table<?> table : tables) {
            try (var cursor = db.selectFrom(table).fetchSize(1000).fetchLazy()) {
                while (cursor.hasNext()) {
                    cursor.fetchNext();
                }
            } catch (RuntimeException e) {
                return Optional.of("table " + table.getName() + " cannot be read: " + e.getMessage());
            }
        }
        return Optional.empty();
    }
}

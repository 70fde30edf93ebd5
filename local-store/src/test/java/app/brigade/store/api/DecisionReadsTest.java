package app.brigade.store.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.brigade.model.protocol.EventCodec;
import app.brigade.store.db.Database;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decisions' lookups are prepared once, when the store opens, on a real H2 file. A database whose
 * schema is not the store's must stop the open with a message that says what could not be prepared.
 */
class DecisionReadsTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseWithoutTheEventLogStopsTheOpenNamingTheLookupsAndTheMissingTable() throws Exception {
        Database db = Database.open(dir);
        try {
            synchronized (db.writeLock()) {
                try (Statement st = db.writerConnection().createStatement()) {
                    st.execute("DROP TABLE event_log CASCADE");
                }
                db.writerConnection().commit();
            }

            assertThatThrownBy(() -> new DecisionReads(db.reader(), db, new EventCodec()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cannot prepare the store's lookups")
                    .hasMessageContaining("EVENT_LOG");
        } finally {
            db.close();
        }
    }

    @Test
    void onAMigratedDatabaseAnAggregateNobodyRecordedIsAbsentAndTheConnectionIsBorrowedOnce() throws Exception {
        Database db = Database.open(dir);
        try {
            DecisionReads reads = new DecisionReads(db.reader(), db, new EventCodec());

            assertThat(reads.order("ord-never-recorded")).isEmpty();
            assertThat(reads.ticketKnown("tkt-never-sent")).isFalse();
            assertThat(db.lookupConnection()).isSameAs(db.lookupConnection());
        } finally {
            db.close();
        }
    }
}

package app.brigade.store.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.brigade.model.event.OrderClosed;
import app.brigade.model.order.Order;
import app.brigade.model.order.OrderStatus;
import app.brigade.model.protocol.EventCodec;
import app.brigade.store.db.Database;
import app.brigade.store.recovery.StoreLayout;
import app.brigade.store.testkit.Sales;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decisions' lookups are prepared once, when the store opens, on a real H2 file. A database whose
 * schema is not the store's must stop the open with a message that says what could not be prepared.
 */
class DecisionReadsTest {

    /** H2's error code for "table not found". */
    private static final int TABLE_NOT_FOUND = 42102;

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
                    .hasMessageContaining("EVENT_LOG")
                    .cause().isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getErrorCode()).isEqualTo(TABLE_NOT_FOUND));
        } finally {
            db.close();
        }
    }

    @Test
    void theLookupsFoldWhatTheStoreRecordedAndFindNothingForWhatNobodyRecorded() throws Exception {
        String shiftId = Sales.id("shift");
        String orderId = Sales.id("ord");
        String lineId = Sales.id("line");
        String number;
        try (Store store = Store.open(Sales.options(dir))) {
            store.record(Sales.CASHIER, null, Sales.shift(shiftId)).events();
            store.record(Sales.CASHIER, Sales.MANAGER, Sales.payIn(shiftId, 500)).events();
            number = store.nextOrderNumber();
            store.record(Sales.CASHIER, null, Sales.opened(orderId, number), Sales.line(orderId, lineId, 3),
                    Sales.fired(orderId, number, lineId, 3, "tkt-known"),
                    Sales.cash(orderId, shiftId, 3 * Sales.UNIT_PRICE), new OrderClosed(orderId)).events();
        }
        Database db = Database.open(new StoreLayout(dir).databaseDir());
        try {
            DecisionReads reads = new DecisionReads(db.reader(), db, new EventCodec());

            Order order = reads.order(orderId).orElseThrow();
            assertThat(order.number()).isEqualTo(number);
            assertThat(order.status()).isEqualTo(OrderStatus.CLOSED);
            assertThat(order.lines()).singleElement().satisfies(l -> assertThat(l.quantity()).isEqualTo(3));
            // A shift's history is its own events: the float and the drawer's movements (sales are the orders').
            assertThat(reads.shift(shiftId)).hasValueSatisfying(s -> assertThat(s.expectedCash()).isEqualTo(10_500));
            assertThat(reads.ticketKnown("tkt-known")).isTrue();

            assertThat(reads.order("ord-never-recorded")).isEmpty();
            assertThat(reads.shift("shift-never-opened")).isEmpty();
            assertThat(reads.ticketKnown("tkt-never-sent")).isFalse();
            assertThat(db.lookupConnection()).isSameAs(db.lookupConnection());
        } finally {
            db.close();
        }
    }

    @Test
    void noLookupConnectionIsBorrowedOnceTheDatabaseIsClosed() throws Exception {
        Database db = Database.open(dir);
        db.close();

        assertThatThrownBy(db::lookupConnection)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("is closed");
    }
}

package app.brigade.store.api;

import static app.brigade.store.db.schema.Tables.EVENT_LOG;
import static app.brigade.store.db.schema.Tables.KITCHEN_TICKET;

import app.brigade.model.order.Order;
import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;
import app.brigade.model.shift.Shift;
import app.brigade.store.db.Database;
import app.brigade.store.query.AggregateHistory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * What {@link Decisions} reads from H2 when an aggregate is not in its cache — above all every newly
 * opened check, which must be shown not to exist yet. These reads run under the store's sequencer lock,
 * on every recording thread's critical path, so they use statements prepared once on a connection of
 * their own: a fresh jOOQ query each time cost more to render and for H2 to parse and plan than the
 * index lookup itself (≈ 40 % of the recording threads' CPU with 16 writers, profiled 2026-12-07).
 * The SQL is rendered once by jOOQ from the generated schema classes. One thread at a time.
 */
final class DecisionReads {

    private final EventCodec codec;
    private final PreparedStatement eventsOfAggregate;
    private final PreparedStatement ticketExists;

    DecisionReads(DSLContext renderer, Database database, EventCodec codec) {
        this.codec = codec;
        String eventsSql = renderer.select(EVENT_LOG.BODY).from(EVENT_LOG)
                .where(EVENT_LOG.AGGREGATE_ID.eq(DSL.param("aggregateId", String.class)))
                .orderBy(EVENT_LOG.POSITION).getSQL();
        String ticketSql = renderer.selectOne().from(KITCHEN_TICKET)
                .where(KITCHEN_TICKET.TICKET_ID.eq(DSL.param("ticketId", String.class))).getSQL();
        try {
            Connection connection = database.lookupConnection();
            this.eventsOfAggregate = connection.prepareStatement(eventsSql);
            this.ticketExists = connection.prepareStatement(ticketSql);
        } catch (SQLException e) {
            throw new IllegalStateException("the local database cannot prepare the store's lookups: " + e.getMessage(),
                    e);
        }
    }

    Optional<Order> order(String orderId) {
        return AggregateHistory.foldOrder(events(orderId));
    }

    Optional<Shift> shift(String shiftId) {
        return AggregateHistory.foldShift(events(shiftId));
    }

    boolean ticketKnown(String ticketId) {
        try {
            ticketExists.setString(1, ticketId);
            try (ResultSet rs = ticketExists.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new org.jooq.exception.DataAccessException("looking up kitchen ticket " + ticketId + " failed", e);
        }
    }

    /** The aggregate's applied events in journal order. */
    private List<Event> events(String aggregateId) {
        try {
            eventsOfAggregate.setString(1, aggregateId);
            List<Event> out = new ArrayList<>();
            try (ResultSet rs = eventsOfAggregate.executeQuery()) {
                while (rs.next()) {
                    out.add(codec.read(rs.getString(1)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new org.jooq.exception.DataAccessException("reading the events of " + aggregateId + " failed", e);
        }
    }
}

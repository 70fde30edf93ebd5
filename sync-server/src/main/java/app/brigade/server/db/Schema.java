package app.brigade.server.db;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.unquotedName;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * Table and column names of the Flyway schema for the jOOQ DSL (no code generation, see ADR 0010).
 * Names are unquoted so H2 (upper case) and PostgreSQL (lower case) both resolve them.
 */
public final class Schema {

    private Schema() {
    }

    private static <T> Field<T> col(String name, DataType<T> type) {
        return field(unquotedName(name), type);
    }

    private static Table<Record> tab(String name) {
        return table(unquotedName(name));
    }

    /** The single-row server sequence counter. */
    public static final class FeedHead {
        public static final Table<Record> TABLE = tab("feed_head");
        public static final Field<Integer> ID = col("id", SQLDataType.INTEGER);
        public static final Field<Long> SEQ = col("seq", SQLDataType.BIGINT);

        private FeedHead() {
        }
    }

    /** The event store, in server order. */
    public static final class Events {
        public static final Table<Record> TABLE = tab("events");
        public static final Field<Long> SERVER_SEQ = col("server_seq", SQLDataType.BIGINT);
        public static final Field<UUID> EVENT_ID = col("event_id", SQLDataType.UUID);
        public static final Field<String> DEVICE_ID = col("device_id", SQLDataType.VARCHAR);
        public static final Field<Long> DEVICE_SEQ = col("device_seq", SQLDataType.BIGINT);
        public static final Field<String> TYPE = col("type", SQLDataType.VARCHAR);
        public static final Field<String> AGGREGATE_ID = col("aggregate_id", SQLDataType.VARCHAR);
        public static final Field<Long> HLC_WALL = col("hlc_wall", SQLDataType.BIGINT);
        public static final Field<Integer> HLC_COUNTER = col("hlc_counter", SQLDataType.INTEGER);
        public static final Field<Integer> SCHEMA_VERSION = col("schema_version", SQLDataType.INTEGER);
        public static final Field<Boolean> UNDERSTOOD = col("understood", SQLDataType.BOOLEAN);
        public static final Field<String> CONTENT_HASH = col("content_hash", SQLDataType.VARCHAR);
        public static final Field<String> BODY = col("body", SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> RECEIVED_AT = col("received_at", SQLDataType.TIMESTAMPWITHTIMEZONE);

        private Events() {
        }
    }

    /** Events kept but flagged for a manager (unknown type, clock ahead, closed order…). */
    public static final class EventFlags {
        public static final Table<Record> TABLE = tab("event_flags");
        public static final Field<UUID> EVENT_ID = col("event_id", SQLDataType.UUID);
        public static final Field<Long> SERVER_SEQ = col("server_seq", SQLDataType.BIGINT);
        public static final Field<String> REASON = col("reason", SQLDataType.VARCHAR);
        public static final Field<String> DETAIL = col("detail", SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> FLAGGED_AT = col("flagged_at", SQLDataType.TIMESTAMPWITHTIMEZONE);

        private EventFlags() {
        }
    }

    /** Enrolled terminals and how far their event sequence is acknowledged. */
    public static final class Devices {
        public static final Table<Record> TABLE = tab("devices");
        public static final Field<String> DEVICE_ID = col("device_id", SQLDataType.VARCHAR);
        public static final Field<String> NAME = col("name", SQLDataType.VARCHAR);
        public static final Field<String> KIND = col("kind", SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> ENROLLED_AT = col("enrolled_at", SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<OffsetDateTime> REVOKED_AT = col("revoked_at", SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<Long> ACKED_SEQ = col("acked_seq", SQLDataType.BIGINT);

        private Devices() {
        }
    }

    /** Bearer tokens, stored as SHA-256 hashes only. */
    public static final class Tokens {
        public static final Table<Record> TABLE = tab("tokens");
        public static final Field<String> TOKEN_HASH = col("token_hash", SQLDataType.VARCHAR);
        public static final Field<String> ROLE = col("role", SQLDataType.VARCHAR);
        public static final Field<String> DEVICE_ID = col("device_id", SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> CREATED_AT = col("created_at", SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<OffsetDateTime> EXPIRES_AT = col("expires_at", SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<OffsetDateTime> REVOKED_AT = col("revoked_at", SQLDataType.TIMESTAMPWITHTIMEZONE);

        private Tokens() {
        }
    }

    /** One-time enrollment codes, stored as SHA-256 hashes only. */
    public static final class EnrollmentCodes {
        public static final Table<Record> TABLE = tab("enrollment_codes");
        public static final Field<String> CODE_HASH = col("code_hash", SQLDataType.VARCHAR);
        public static final Field<String> NAME = col("name", SQLDataType.VARCHAR);
        public static final Field<String> KIND = col("kind", SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> CREATED_AT = col("created_at", SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<OffsetDateTime> EXPIRES_AT = col("expires_at", SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<OffsetDateTime> USED_AT = col("used_at", SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<String> DEVICE_ID = col("device_id", SQLDataType.VARCHAR);

        private EnrollmentCodes() {
        }
    }

    /** Published catalog versions; the highest is current. */
    public static final class CatalogVersions {
        public static final Table<Record> TABLE = tab("catalog_versions");
        public static final Field<Long> VERSION = col("version", SQLDataType.BIGINT);
        public static final Field<String> ETAG = col("etag", SQLDataType.VARCHAR);
        public static final Field<String> BODY = col("body", SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> PUBLISHED_AT = col("published_at", SQLDataType.TIMESTAMPWITHTIMEZONE);

        private CatalogVersions() {
        }
    }

    /** Order headers across terminals. */
    public static final class Orders {
        public static final Table<Record> TABLE = tab("orders");
        public static final Field<String> ORDER_ID = col("order_id", SQLDataType.VARCHAR);
        public static final Field<String> ORDER_NUMBER = col("order_number", SQLDataType.VARCHAR);
        public static final Field<String> ORDER_TYPE = col("order_type", SQLDataType.VARCHAR);
        public static final Field<String> CURRENCY = col("currency", SQLDataType.VARCHAR);
        public static final Field<String> EMPLOYEE_ID = col("employee_id", SQLDataType.VARCHAR);
        public static final Field<String> DEVICE_ID = col("device_id", SQLDataType.VARCHAR);
        public static final Field<String> STATUS = col("status", SQLDataType.VARCHAR);
        public static final Field<Long> OPENED_AT = col("opened_at", SQLDataType.BIGINT);
        public static final Field<Long> CLOSED_AT = col("closed_at", SQLDataType.BIGINT);
        public static final Field<String> CLOSED_BY_DEVICE = col("closed_by_device", SQLDataType.VARCHAR);
        public static final Field<Long> REFUNDED = col("refunded", SQLDataType.BIGINT);

        private Orders() {
        }
    }

    /** Order lines keyed by line id. */
    public static final class OrderLines {
        public static final Table<Record> TABLE = tab("order_lines");
        public static final Field<String> LINE_ID = col("line_id", SQLDataType.VARCHAR);
        public static final Field<String> ORDER_ID = col("order_id", SQLDataType.VARCHAR);
        public static final Field<String> ITEM_ID = col("item_id", SQLDataType.VARCHAR);
        public static final Field<String> NAME = col("name", SQLDataType.VARCHAR);
        public static final Field<Long> UNIT_PRICE = col("unit_price", SQLDataType.BIGINT);
        public static final Field<Integer> QUANTITY = col("quantity", SQLDataType.INTEGER);
        public static final Field<Boolean> VOIDED = col("voided", SQLDataType.BOOLEAN);

        private OrderLines() {
        }
    }

    /** Payments keyed by payment id. */
    public static final class Payments {
        public static final Table<Record> TABLE = tab("payments");
        public static final Field<String> PAYMENT_ID = col("payment_id", SQLDataType.VARCHAR);
        public static final Field<String> ORDER_ID = col("order_id", SQLDataType.VARCHAR);
        public static final Field<String> SHIFT_ID = col("shift_id", SQLDataType.VARCHAR);
        public static final Field<String> TENDER_TYPE = col("tender_type", SQLDataType.VARCHAR);
        public static final Field<Long> AMOUNT = col("amount", SQLDataType.BIGINT);
        public static final Field<Long> TIP = col("tip", SQLDataType.BIGINT);
        public static final Field<Boolean> VOIDED = col("voided", SQLDataType.BOOLEAN);
        public static final Field<String> DEVICE_ID = col("device_id", SQLDataType.VARCHAR);

        private Payments() {
        }
    }

    /** Cashier shifts and their drawer totals. */
    public static final class Shifts {
        public static final Table<Record> TABLE = tab("shifts");
        public static final Field<String> SHIFT_ID = col("shift_id", SQLDataType.VARCHAR);
        public static final Field<String> EMPLOYEE_ID = col("employee_id", SQLDataType.VARCHAR);
        public static final Field<String> DEVICE_ID = col("device_id", SQLDataType.VARCHAR);
        public static final Field<String> CURRENCY = col("currency", SQLDataType.VARCHAR);
        public static final Field<Long> OPENING_FLOAT = col("opening_float", SQLDataType.BIGINT);
        public static final Field<Long> CASH_IN = col("cash_in", SQLDataType.BIGINT);
        public static final Field<Long> CASH_OUT = col("cash_out", SQLDataType.BIGINT);
        public static final Field<Long> COUNTED_CASH = col("counted_cash", SQLDataType.BIGINT);
        public static final Field<String> STATUS = col("status", SQLDataType.VARCHAR);

        private Shifts() {
        }
    }
}

-- Brigade local store projections (DESIGN §2). Everything here is rebuilt from the event journal:
-- apply is idempotent (event_log is keyed by event id) and deterministic (no clock reads).
-- Money is BIGINT minor units.

-- One row: how far H2 has applied the journal, and what the server acknowledged.
CREATE TABLE store_state (
    id               INT          NOT NULL PRIMARY KEY,
    device_id        VARCHAR(64)  NOT NULL,
    applied_position BIGINT       NOT NULL,
    acked_device_seq BIGINT       NOT NULL
);

-- Every applied event (local and remote), with its envelope JSON: dedup by id, outbox, domain folds.
CREATE TABLE event_log (
    event_id     UUID           NOT NULL PRIMARY KEY,
    position     BIGINT         NOT NULL,
    device_id    VARCHAR(64)    NOT NULL,
    device_seq   BIGINT         NOT NULL,
    hlc_wall     BIGINT         NOT NULL,
    hlc_counter  INT            NOT NULL,
    event_type   VARCHAR(64)    NOT NULL,
    aggregate_id VARCHAR(64),
    local_event  BOOLEAN        NOT NULL,
    body         VARCHAR(1000000) NOT NULL
);
CREATE INDEX event_log_device_seq ON event_log (device_id, device_seq);
CREATE INDEX event_log_aggregate ON event_log (aggregate_id);

-- Events kept but not understood by this build (unknown type or newer schema), for reporting.
CREATE TABLE kept_event (
    event_id       UUID          NOT NULL PRIMARY KEY,
    position       BIGINT        NOT NULL,
    event_type     VARCHAR(64)   NOT NULL,
    schema_version INT           NOT NULL,
    why            VARCHAR(1000) NOT NULL
);

-- Events applied but flagged for a manager: conflicts, unknown orders, impossible states.
CREATE TABLE flagged_event (
    event_id     UUID          NOT NULL PRIMARY KEY,
    position     BIGINT        NOT NULL,
    event_type   VARCHAR(64)   NOT NULL,
    aggregate_id VARCHAR(64),
    reason       VARCHAR(1000) NOT NULL
);

CREATE TABLE sales_order (
    order_id        VARCHAR(64)  NOT NULL PRIMARY KEY,
    order_number    VARCHAR(32),
    order_type      VARCHAR(16),
    table_id        VARCHAR(64),
    guests          INT          NOT NULL,
    employee_id     VARCHAR(64),
    currency        VARCHAR(3),
    status          VARCHAR(16)  NOT NULL,
    business_date   DATE,
    opened_device   VARCHAR(64),
    opened_hlc_wall BIGINT,
    closed_hlc_wall BIGINT,
    void_reason     VARCHAR(500),
    fire_count      INT          NOT NULL,
    first_position  BIGINT       NOT NULL
);
CREATE INDEX sales_order_status ON sales_order (status);

CREATE TABLE order_line (
    order_id         VARCHAR(64)   NOT NULL,
    line_id          VARCHAR(64)   NOT NULL,
    position         BIGINT        NOT NULL,
    item_id          VARCHAR(64),
    name             VARCHAR(200)  NOT NULL,
    category_id      VARCHAR(64),
    unit_price       BIGINT        NOT NULL,
    modifiers_price  BIGINT        NOT NULL,
    quantity         INT           NOT NULL,
    tax_class_id     VARCHAR(64),
    tax_rate_bp      INT           NOT NULL,
    tax_inclusive    BOOLEAN       NOT NULL,
    modifiers        VARCHAR(4000) NOT NULL,
    seat             INT           NOT NULL,
    course           INT           NOT NULL,
    note             VARCHAR(1000) NOT NULL,
    fired            BOOLEAN       NOT NULL,
    voided           BOOLEAN       NOT NULL,
    void_reason      VARCHAR(500),
    void_approver_id VARCHAR(64),
    PRIMARY KEY (order_id, line_id)
);

CREATE TABLE order_discount (
    discount_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    order_id    VARCHAR(64)  NOT NULL,
    line_id     VARCHAR(64),
    kind        VARCHAR(16)  NOT NULL,
    percent_bp  INT          NOT NULL,
    amount      BIGINT       NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    actor_id    VARCHAR(64),
    approver_id VARCHAR(64),
    position    BIGINT       NOT NULL
);
CREATE INDEX order_discount_order ON order_discount (order_id);

CREATE TABLE payment (
    payment_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    order_id     VARCHAR(64)  NOT NULL,
    shift_id     VARCHAR(64),
    tender_id    VARCHAR(64),
    tender_type  VARCHAR(16)  NOT NULL,
    amount       BIGINT       NOT NULL,
    tip          BIGINT       NOT NULL,
    tendered     BIGINT       NOT NULL,
    change_given BIGINT       NOT NULL,
    card_brand   VARCHAR(32),
    card_last4   VARCHAR(4),
    card_auth    VARCHAR(12),
    voided       BOOLEAN      NOT NULL,
    void_reason  VARCHAR(500),
    actor_id     VARCHAR(64),
    hlc_wall     BIGINT       NOT NULL,
    position     BIGINT       NOT NULL
);
CREATE INDEX payment_order ON payment (order_id);
CREATE INDEX payment_shift ON payment (shift_id);

CREATE TABLE refund (
    refund_id   VARCHAR(64)   NOT NULL PRIMARY KEY,
    order_id    VARCHAR(64)   NOT NULL,
    shift_id    VARCHAR(64),
    tender_type VARCHAR(16)   NOT NULL,
    amount      BIGINT        NOT NULL,
    line_ids    VARCHAR(4000) NOT NULL,
    reason      VARCHAR(500)  NOT NULL,
    approver_id VARCHAR(64),
    hlc_wall    BIGINT        NOT NULL,
    position    BIGINT        NOT NULL
);
CREATE INDEX refund_order ON refund (order_id);
CREATE INDEX refund_shift ON refund (shift_id);

-- Kitchen tickets: state NEW (on screen) or BUMPED; cancelled when the order was voided after firing.
CREATE TABLE kitchen_ticket (
    ticket_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
    order_id        VARCHAR(64),
    order_number    VARCHAR(32),
    order_type      VARCHAR(16),
    table_name      VARCHAR(100),
    employee_name   VARCHAR(100),
    station_id      VARCHAR(64),
    fired_at_millis BIGINT       NOT NULL,
    add_on          BOOLEAN      NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    cancelled       BOOLEAN      NOT NULL,
    recall_count    INT          NOT NULL,
    bumped_hlc_wall BIGINT,
    fired_position  BIGINT       NOT NULL
);
CREATE INDEX kitchen_ticket_station ON kitchen_ticket (station_id, state);
CREATE INDEX kitchen_ticket_order ON kitchen_ticket (order_id);

CREATE TABLE ticket_line (
    ticket_id VARCHAR(64)   NOT NULL,
    line_id   VARCHAR(64)   NOT NULL,
    sort_no   INT           NOT NULL,
    name      VARCHAR(200)  NOT NULL,
    quantity  INT           NOT NULL,
    modifiers VARCHAR(4000) NOT NULL,
    note      VARCHAR(1000) NOT NULL,
    seat      INT           NOT NULL,
    course    INT           NOT NULL,
    done      BOOLEAN       NOT NULL,
    voided    BOOLEAN       NOT NULL,
    PRIMARY KEY (ticket_id, line_id)
);

-- What happened to each ticket, in journal order (fired, item done, bumped, recalled): survives restarts.
CREATE TABLE ticket_history (
    ticket_id VARCHAR(64) NOT NULL,
    position  BIGINT      NOT NULL,
    action    VARCHAR(16) NOT NULL,
    line_id   VARCHAR(64),
    actor_id  VARCHAR(64),
    hlc_wall  BIGINT      NOT NULL,
    PRIMARY KEY (ticket_id, position)
);

CREATE TABLE shift (
    shift_id        VARCHAR(64)   NOT NULL PRIMARY KEY,
    employee_id     VARCHAR(64),
    currency        VARCHAR(3),
    opening_float   BIGINT        NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    counted_cash    BIGINT,
    denominations   VARCHAR(2000),
    opened_hlc_wall BIGINT,
    closed_hlc_wall BIGINT
);

CREATE TABLE cash_movement (
    movement_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    shift_id    VARCHAR(64)  NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    amount      BIGINT       NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    actor_id    VARCHAR(64),
    approver_id VARCHAR(64),
    hlc_wall    BIGINT       NOT NULL,
    position    BIGINT       NOT NULL
);
CREATE INDEX cash_movement_shift ON cash_movement (shift_id);

CREATE TABLE business_day (
    day_id          VARCHAR(64) NOT NULL PRIMARY KEY,
    business_date   VARCHAR(10) NOT NULL,
    z_number        BIGINT      NOT NULL,
    closed_hlc_wall BIGINT      NOT NULL
);

-- The cached catalog (JSON as served, with version and ETag) and the newest version announced.
CREATE TABLE catalog_state (
    id                INT              NOT NULL PRIMARY KEY,
    cached_version    BIGINT,
    cached_etag       VARCHAR(200),
    cached_json       VARCHAR(50000000),
    published_version BIGINT,
    published_etag    VARCHAR(200)
);

CREATE TABLE employee (
    employee_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200),
    role        VARCHAR(16),
    active      BOOLEAN      NOT NULL
);

-- Named sync positions (e.g. the server feed's serverSeq), saved with the events they cover.
CREATE TABLE sync_cursor (
    name     VARCHAR(64) NOT NULL PRIMARY KEY,
    position BIGINT      NOT NULL
);

-- The highest daily order number seen per terminal prefix, so numbers survive restarts and rebuilds.
CREATE TABLE order_number_counter (
    prefix        VARCHAR(16) NOT NULL,
    business_date DATE        NOT NULL,
    last_number   INT         NOT NULL,
    PRIMARY KEY (prefix, business_date)
);

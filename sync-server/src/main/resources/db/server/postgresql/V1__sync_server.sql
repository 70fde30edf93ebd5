-- Brigade sync server schema (PostgreSQL). Keep in step with ../h2/V1__sync_server.sql.

-- One row: the last server sequence handed out. Every writer locks it first, so server sequences
-- become visible in commit order and a feed reader never skips an event committed late.
CREATE TABLE feed_head (
    id  INT PRIMARY KEY,
    seq BIGINT NOT NULL
);
INSERT INTO feed_head (id, seq) VALUES (1, 0);

CREATE TABLE events (
    server_seq     BIGINT PRIMARY KEY,
    event_id       UUID NOT NULL,
    device_id      VARCHAR(200) NOT NULL,
    device_seq     BIGINT NOT NULL,
    type           VARCHAR(200) NOT NULL,
    aggregate_id   VARCHAR(200),
    hlc_wall       BIGINT NOT NULL,
    hlc_counter    INT NOT NULL,
    schema_version INT NOT NULL,
    understood     BOOLEAN NOT NULL,
    content_hash   VARCHAR(64) NOT NULL,
    body           TEXT NOT NULL,
    received_at    TIMESTAMPTZ NOT NULL,
    CONSTRAINT events_event_id UNIQUE (event_id),
    CONSTRAINT events_device_seq UNIQUE (device_id, device_seq)
);

CREATE TABLE event_flags (
    event_id   UUID NOT NULL,
    server_seq BIGINT NOT NULL,
    reason     VARCHAR(64) NOT NULL,
    detail     VARCHAR(1000) NOT NULL,
    flagged_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (event_id, reason)
);

CREATE TABLE devices (
    device_id   VARCHAR(64) PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    enrolled_at TIMESTAMPTZ NOT NULL,
    revoked_at  TIMESTAMPTZ,
    acked_seq   BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    role       VARCHAR(16) NOT NULL,
    device_id  VARCHAR(64) REFERENCES devices (device_id),
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ,
    revoked_at TIMESTAMPTZ
);
CREATE INDEX tokens_device ON tokens (device_id);

CREATE TABLE enrollment_codes (
    code_hash  VARCHAR(64) PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    kind       VARCHAR(16) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ,
    device_id  VARCHAR(64)
);

CREATE TABLE catalog_versions (
    version      BIGINT PRIMARY KEY,
    etag         VARCHAR(100) NOT NULL,
    body         TEXT NOT NULL,
    published_at TIMESTAMPTZ NOT NULL
);

-- Reporting projections across terminals, updated in the ingest transaction.
CREATE TABLE orders (
    order_id         VARCHAR(64) PRIMARY KEY,
    order_number     VARCHAR(200),
    order_type       VARCHAR(16),
    currency         VARCHAR(16),
    employee_id      VARCHAR(200),
    device_id        VARCHAR(200) NOT NULL,
    status           VARCHAR(16) NOT NULL,
    opened_at        BIGINT,
    closed_at        BIGINT,
    closed_by_device VARCHAR(200),
    refunded         BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE order_lines (
    line_id    VARCHAR(64) PRIMARY KEY,
    order_id   VARCHAR(64) NOT NULL,
    item_id    VARCHAR(200),
    name       VARCHAR(200),
    unit_price BIGINT NOT NULL,
    quantity   INT NOT NULL,
    voided     BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX order_lines_order ON order_lines (order_id);

CREATE TABLE payments (
    payment_id  VARCHAR(64) PRIMARY KEY,
    order_id    VARCHAR(64) NOT NULL,
    shift_id    VARCHAR(200),
    tender_type VARCHAR(16) NOT NULL,
    amount      BIGINT NOT NULL,
    tip         BIGINT NOT NULL,
    voided      BOOLEAN NOT NULL DEFAULT FALSE,
    device_id   VARCHAR(200) NOT NULL
);
CREATE INDEX payments_order ON payments (order_id);

CREATE TABLE shifts (
    shift_id      VARCHAR(64) PRIMARY KEY,
    employee_id   VARCHAR(200),
    device_id     VARCHAR(200) NOT NULL,
    currency      VARCHAR(16),
    opening_float BIGINT NOT NULL DEFAULT 0,
    cash_in       BIGINT NOT NULL DEFAULT 0,
    cash_out      BIGINT NOT NULL DEFAULT 0,
    counted_cash  BIGINT,
    status        VARCHAR(16) NOT NULL
);

-- The Tushare sync's own bookkeeping: which trade days are stored (the watermark), its runs, and
-- the upstream rows it refused. A day's row is written in the same transaction as the day's bars,
-- so a sync killed at any moment finds here exactly the days it finished.

CREATE TABLE sync_day (
    trade_date date        NOT NULL,
    rows       integer     NOT NULL,
    -- datasets still to fetch again (Tushare publishes adj_factor and daily_basic later in the
    -- evening), comma-separated api names; empty when the day is complete
    missing    varchar(100) NOT NULL DEFAULT '',
    attempts   integer     NOT NULL DEFAULT 1,
    synced_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_sync_day PRIMARY KEY (trade_date)
);
CREATE INDEX ix_sync_day_incomplete ON sync_day (trade_date) WHERE missing <> '';

COMMENT ON TABLE sync_day IS 'sync watermark: one row per trade day stored whole by the sync';
COMMENT ON COLUMN sync_day.missing IS 'datasets still incomplete (late upstream data), comma-separated';

CREATE TABLE sync_run (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at  timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz,
    request     varchar(200) NOT NULL,
    -- running, done, rejected (done with refused rows), stopped (upstream or database), failed
    outcome     varchar(20)  NOT NULL DEFAULT 'running',
    message     text,
    days        integer NOT NULL DEFAULT 0,
    rows        bigint  NOT NULL DEFAULT 0,
    calls       integer NOT NULL DEFAULT 0,
    waits       integer NOT NULL DEFAULT 0,
    rejected    integer NOT NULL DEFAULT 0
);

COMMENT ON TABLE sync_run IS 'one row per sync run, its outcome and counts';

CREATE TABLE sync_rejected (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id      bigint       NOT NULL REFERENCES sync_run (id) ON DELETE CASCADE,
    api         varchar(30)  NOT NULL,
    trade_date  date,
    row_text    text         NOT NULL,
    reason      text         NOT NULL,
    recorded_at timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX ix_sync_rejected_run ON sync_rejected (run_id);

COMMENT ON TABLE sync_rejected IS 'upstream rows the sync did not store: api, day, the row as sent and why';

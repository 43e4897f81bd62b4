-- The exchange trading calendar and the suspensions, as data (Tushare's trade_cal and suspend_d).
-- Filled by `sync` and importable from files; read by `/tushare` trade_cal / suspend_d and by the
-- data-quality audit, which needs to tell a suspended day from a hole in the store.
-- Column names are Tushare Pro's field names, as in the other tables.

CREATE TABLE trade_calendar (
    exchange      varchar(10) NOT NULL,
    cal_date      date        NOT NULL,
    is_open       boolean     NOT NULL,
    pretrade_date date,
    CONSTRAINT pk_trade_calendar PRIMARY KEY (exchange, cal_date)
);
-- The audit and the sync ask "the open days of SSE between A and B".
CREATE INDEX ix_trade_calendar_open ON trade_calendar (cal_date) WHERE is_open;

COMMENT ON TABLE trade_calendar IS '交易日历 (Tushare trade_cal): one row per (exchange, cal_date)';
COMMENT ON COLUMN trade_calendar.exchange IS '交易所 SSE/SZSE/BSE';
COMMENT ON COLUMN trade_calendar.cal_date IS '日历日期';
COMMENT ON COLUMN trade_calendar.is_open IS '是否交易';
COMMENT ON COLUMN trade_calendar.pretrade_date IS '上一个交易日';

CREATE TABLE stock_suspension (
    third_code     varchar(20) NOT NULL,
    trade_date     date        NOT NULL,
    suspend_timing varchar(50),
    suspend_type   varchar(1)  NOT NULL DEFAULT 'S',
    CONSTRAINT pk_stock_suspension PRIMARY KEY (third_code, trade_date)
);
CREATE INDEX ix_stock_suspension_trade_date ON stock_suspension (trade_date);

COMMENT ON TABLE stock_suspension IS '停复牌 (Tushare suspend_d): one row per (third_code, trade_date)';
COMMENT ON COLUMN stock_suspension.suspend_timing IS '日内停牌时间段';
COMMENT ON COLUMN stock_suspension.suspend_type IS 'S停牌 R复牌';

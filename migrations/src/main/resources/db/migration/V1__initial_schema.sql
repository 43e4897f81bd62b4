-- Initial schema: the four tables of the seed system (shared/SCHEMA.md).
-- Column names are Tushare Pro's field names. Every market number is a nullable double:
-- a missing value is NULL, never 0.

CREATE TABLE stock_info (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    third_code             varchar(20)  NOT NULL,
    symbol                 varchar(10)  NOT NULL,
    name                   varchar(100) NOT NULL,
    area                   varchar(50),
    industry               varchar(50),
    market                 varchar(20),
    list_date              date,
    delist_date            date,
    fullname               varchar(200),
    enname                 varchar(200),
    cnspell                varchar(50),
    exchange               varchar(20),
    curr_type              varchar(20),
    list_status            varchar(10),
    is_hs                  varchar(10),
    source                 varchar(20)  DEFAULT 'tushare',
    last_finance_sync_date date,
    CONSTRAINT uq_stock_info_third_code UNIQUE (third_code),
    CONSTRAINT uq_stock_info_symbol UNIQUE (symbol)
);
CREATE INDEX ix_stock_info_industry ON stock_info (industry);
CREATE INDEX ix_stock_info_market ON stock_info (market);

COMMENT ON TABLE stock_info IS '股票基础信息: one row per listed security';
COMMENT ON COLUMN stock_info.third_code IS '证券代码, e.g. 000001.SZ';
COMMENT ON COLUMN stock_info.symbol IS '股票代码 (6 digits)';
COMMENT ON COLUMN stock_info.name IS '股票名称';
COMMENT ON COLUMN stock_info.area IS '地域';
COMMENT ON COLUMN stock_info.industry IS '所属行业';
COMMENT ON COLUMN stock_info.market IS '市场类型 (主板/创业板/科创板/北交所)';
COMMENT ON COLUMN stock_info.list_date IS '上市日期';
COMMENT ON COLUMN stock_info.delist_date IS '退市日期';
COMMENT ON COLUMN stock_info.fullname IS '股票全称';
COMMENT ON COLUMN stock_info.enname IS '英文全称';
COMMENT ON COLUMN stock_info.cnspell IS '拼音缩写';
COMMENT ON COLUMN stock_info.exchange IS '交易所代码 SSE/SZSE/BSE';
COMMENT ON COLUMN stock_info.curr_type IS '交易货币';
COMMENT ON COLUMN stock_info.list_status IS '上市状态 L上市 D退市 P暂停上市';
COMMENT ON COLUMN stock_info.is_hs IS '是否沪深港通标的 N否 H沪股通 S深股通';
COMMENT ON COLUMN stock_info.source IS '数据来源';
COMMENT ON COLUMN stock_info.last_finance_sync_date IS '最近一次拉取财务数据的日期';

CREATE TABLE stock_daily (
    third_code      varchar(20) NOT NULL,
    trade_date      date        NOT NULL,
    open            double precision,
    high            double precision,
    low             double precision,
    close           double precision,
    pre_close       double precision,
    change          double precision,
    pct_chg         double precision,
    vol             double precision,
    amount          double precision,
    adj_factor      double precision,
    turnover_rate   double precision,
    turnover_rate_f double precision,
    volume_ratio    double precision,
    pe              double precision,
    pe_ttm          double precision,
    pb              double precision,
    ps              double precision,
    ps_ttm          double precision,
    dv_ratio        double precision,
    dv_ttm          double precision,
    total_share     double precision,
    float_share     double precision,
    free_share      double precision,
    total_mv        double precision,
    circ_mv         double precision,
    source          varchar(20) DEFAULT 'tushare',
    CONSTRAINT pk_stock_daily PRIMARY KEY (third_code, trade_date)
);
-- Cross-sections read one trade_date across all codes. No index on third_code alone:
-- the primary key already leads with it.
CREATE INDEX ix_stock_daily_trade_date ON stock_daily (trade_date);

COMMENT ON TABLE stock_daily IS '日线行情与每日指标: one row per (third_code, trade_date)';
COMMENT ON COLUMN stock_daily.third_code IS '证券代码';
COMMENT ON COLUMN stock_daily.trade_date IS '交易日期';
COMMENT ON COLUMN stock_daily.open IS '开盘价';
COMMENT ON COLUMN stock_daily.high IS '最高价';
COMMENT ON COLUMN stock_daily.low IS '最低价';
COMMENT ON COLUMN stock_daily.close IS '收盘价';
COMMENT ON COLUMN stock_daily.pre_close IS '昨收价(除权)';
COMMENT ON COLUMN stock_daily.change IS '涨跌额';
COMMENT ON COLUMN stock_daily.pct_chg IS '涨跌幅(%)';
COMMENT ON COLUMN stock_daily.vol IS '成交量(手)';
COMMENT ON COLUMN stock_daily.amount IS '成交额(千元)';
COMMENT ON COLUMN stock_daily.adj_factor IS '复权因子';
COMMENT ON COLUMN stock_daily.turnover_rate IS '换手率(%)';
COMMENT ON COLUMN stock_daily.turnover_rate_f IS '换手率(自由流通股)';
COMMENT ON COLUMN stock_daily.volume_ratio IS '量比';
COMMENT ON COLUMN stock_daily.pe IS '市盈率';
COMMENT ON COLUMN stock_daily.pe_ttm IS '市盈率TTM';
COMMENT ON COLUMN stock_daily.pb IS '市净率';
COMMENT ON COLUMN stock_daily.ps IS '市销率';
COMMENT ON COLUMN stock_daily.ps_ttm IS '市销率TTM';
COMMENT ON COLUMN stock_daily.dv_ratio IS '股息率(%)';
COMMENT ON COLUMN stock_daily.dv_ttm IS '股息率TTM(%)';
COMMENT ON COLUMN stock_daily.total_share IS '总股本(万股)';
COMMENT ON COLUMN stock_daily.float_share IS '流通股本(万股)';
COMMENT ON COLUMN stock_daily.free_share IS '自由流通股本(万股)';
COMMENT ON COLUMN stock_daily.total_mv IS '总市值(万元)';
COMMENT ON COLUMN stock_daily.circ_mv IS '流通市值(万元)';
COMMENT ON COLUMN stock_daily.source IS '数据来源';

CREATE TABLE stock_finance (
    third_code varchar(20) NOT NULL,
    ann_date   date        NOT NULL,
    end_date   date        NOT NULL,
    eps                      double precision,
    dt_eps                   double precision,
    total_revenue_ps         double precision,
    revenue_ps               double precision,
    capital_rese_ps          double precision,
    surplus_rese_ps          double precision,
    undist_profit_ps         double precision,
    extra_item               double precision,
    profit_dedt              double precision,
    gross_margin             double precision,
    current_ratio            double precision,
    quick_ratio              double precision,
    cash_ratio               double precision,
    inv_turn                 double precision,
    ar_turn                  double precision,
    ca_turn                  double precision,
    fa_turn                  double precision,
    assets_turn              double precision,
    invturn_days             double precision,
    arturn_days              double precision,
    op_income                double precision,
    valuechange_income       double precision,
    interst_income           double precision,
    daa                      double precision,
    ebit                     double precision,
    ebitda                   double precision,
    fcff                     double precision,
    fcfe                     double precision,
    current_exint            double precision,
    noncurrent_exint         double precision,
    interestdebt             double precision,
    netdebt                  double precision,
    tangible_asset           double precision,
    working_capital          double precision,
    networking_capital       double precision,
    invest_capital           double precision,
    retained_earnings        double precision,
    diluted2_eps             double precision,
    bps                      double precision,
    ocfps                    double precision,
    retainedps               double precision,
    cfps                     double precision,
    ebit_ps                  double precision,
    fcff_ps                  double precision,
    fcfe_ps                  double precision,
    netprofit_margin         double precision,
    grossprofit_margin       double precision,
    cogs_of_sales            double precision,
    expense_of_sales         double precision,
    profit_to_gr             double precision,
    saleexp_to_gr            double precision,
    adminexp_of_gr           double precision,
    finaexp_of_gr            double precision,
    impai_ttm                double precision,
    gc_of_gr                 double precision,
    op_of_gr                 double precision,
    ebit_of_gr               double precision,
    roe                      double precision,
    roe_waa                  double precision,
    roe_dt                   double precision,
    roa                      double precision,
    npta                     double precision,
    roic                     double precision,
    roe_yearly               double precision,
    roa2_yearly              double precision,
    roe_avg                  double precision,
    opincome_of_ebt          double precision,
    investincome_of_ebt      double precision,
    n_op_profit_of_ebt       double precision,
    tax_to_ebt               double precision,
    dtprofit_to_profit       double precision,
    salescash_to_or          double precision,
    ocf_to_or                double precision,
    ocf_to_opincome          double precision,
    capitalized_to_da        double precision,
    debt_to_assets           double precision,
    assets_to_eqt            double precision,
    dp_assets_to_eqt         double precision,
    ca_to_assets             double precision,
    nca_to_assets            double precision,
    tbassets_to_totalassets  double precision,
    int_to_talcap            double precision,
    eqt_to_talcapital        double precision,
    currentdebt_to_debt      double precision,
    longdeb_to_debt          double precision,
    ocf_to_shortdebt         double precision,
    debt_to_eqt              double precision,
    source     varchar(20) DEFAULT 'tushare',
    CONSTRAINT pk_stock_finance PRIMARY KEY (third_code, ann_date, end_date)
);
CREATE INDEX ix_stock_finance_ann_date ON stock_finance (ann_date);
CREATE INDEX ix_stock_finance_end_date ON stock_finance (end_date);

COMMENT ON TABLE stock_finance IS '财务指标 (Tushare fina_indicator): one row per (third_code, ann_date, end_date)';
COMMENT ON COLUMN stock_finance.third_code IS '证券代码';
COMMENT ON COLUMN stock_finance.ann_date IS '公告日期';
COMMENT ON COLUMN stock_finance.end_date IS '报告期';
COMMENT ON COLUMN stock_finance.interst_income IS '利息费用 (Tushare''s own spelling)';
COMMENT ON COLUMN stock_finance.longdeb_to_debt IS '长期债务/负债合计 (Tushare''s own spelling)';
COMMENT ON COLUMN stock_finance.source IS '数据来源';

CREATE TABLE llm_configs (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    alias         text NOT NULL,
    vendor        text NOT NULL,
    provider_type text NOT NULL,
    model_name    text NOT NULL,
    api_key       text NOT NULL,
    base_url      text,
    description   text,
    priority      integer,
    tags          jsonb,
    is_active     boolean,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_llm_configs_alias UNIQUE (alias)
);

COMMENT ON TABLE llm_configs IS 'LLM 接入配置: the endpoints the assistant may call';
COMMENT ON COLUMN llm_configs.alias IS '调用方使用的别名';
COMMENT ON COLUMN llm_configs.api_key IS 'secret: never logged, never returned in full';
COMMENT ON COLUMN llm_configs.updated_at IS 'moves on every update';
-- updated_at moves on every update, whoever writes the row.
CREATE FUNCTION llm_configs_touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := clock_timestamp();
    RETURN NEW;
END
$$;

CREATE TRIGGER llm_configs_updated_at
    BEFORE UPDATE ON llm_configs
    FOR EACH ROW EXECUTE FUNCTION llm_configs_touch_updated_at();

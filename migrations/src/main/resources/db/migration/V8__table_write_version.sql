-- A write version per table, for the HTTP API's ETags (issue 22): an answer built from a table
-- stays valid while the table's version stays. Bumped once per statement that changes the table
-- (a statement-level trigger: one small update per COPY or merge, never one per row), inside the
-- writing transaction, so a reader sees the new version exactly when it sees the new rows.
-- Any write to the table bumps it, also one to rows an answer does not hold, and so does a
-- re-write of identical rows (the merge's statement runs even when it changes nothing).
CREATE TABLE table_version (
    table_name varchar(63) NOT NULL,
    version    bigint      NOT NULL,
    CONSTRAINT pk_table_version PRIMARY KEY (table_name)
);

INSERT INTO table_version (table_name, version) VALUES ('stock_daily', 1);

CREATE FUNCTION bump_table_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO table_version AS v (table_name, version) VALUES (TG_TABLE_NAME, 1)
    ON CONFLICT (table_name) DO UPDATE SET version = v.version + 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER tr_stock_daily_version
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON stock_daily
    FOR EACH STATEMENT EXECUTE FUNCTION bump_table_version();

COMMENT ON TABLE table_version IS 'write version per table (HTTP ETags), bumped per writing statement';

-- 保存期間: the books and evidence of a fiscal year are kept five years from the fiscal year after the contract's
-- (seed 000 §5(3), seed 001 §10), then a hub manager may dispose of them. The application role may delete neither
-- entries nor evidence; finance_dispose_year is the one way, for the hub in scope only, and only once the period has
-- passed (judged here on the database's own date in Japan, whatever the caller says). What was disposed of is kept
-- as a record (counts and sums, nothing of the content).
CREATE TABLE finance_disposal (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id         bigint      NOT NULL REFERENCES hub (id),
    fiscal_year    integer     NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    retained_until date        NOT NULL,
    entries        integer     NOT NULL,
    evidence_files integer     NOT NULL,
    evidence_bytes bigint      NOT NULL,
    work_days      integer     NOT NULL,
    total_amount   bigint      NOT NULL,
    disposed_at    timestamptz NOT NULL DEFAULT now(),
    disposed_by    bigint,
    UNIQUE (hub_id, fiscal_year)
);
REVOKE UPDATE, DELETE, TRUNCATE ON finance_disposal FROM ${appRole};
ALTER TABLE finance_disposal ENABLE ROW LEVEL SECURITY;
ALTER TABLE finance_disposal FORCE ROW LEVEL SECURITY;
CREATE POLICY finance_disposal_hub ON finance_disposal
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());

-- Runs as the schema owner (who may bypass row-level security): every statement names the hub in scope itself.
CREATE FUNCTION finance_dispose_year(p_fiscal_year integer, p_retention_years integer)
    RETURNS TABLE (entries integer, evidence_files integer, evidence_bytes bigint, work_days integer,
                   total_amount bigint)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
AS $$
DECLARE
    v_hub   bigint := kyoten_current_hub();
    v_today date := (now() AT TIME ZONE 'Asia/Tokyo')::date;
BEGIN
    IF v_hub IS NULL THEN
        RAISE EXCEPTION 'no hub in scope' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_retention_years < 5 OR v_today <= make_date(p_fiscal_year + 1 + p_retention_years, 3, 31) THEN
        RAISE EXCEPTION 'finance year % is still retained', p_fiscal_year USING ERRCODE = 'check_violation';
    END IF;
    SELECT count(*)::integer, coalesce(sum(v.size_bytes), 0)::bigint INTO evidence_files, evidence_bytes
      FROM finance_evidence v JOIN finance_entry e ON e.id = v.entry_id
     WHERE e.hub_id = v_hub AND v.hub_id = v_hub AND e.fiscal_year = p_fiscal_year;
    DELETE FROM finance_evidence v USING finance_entry e
     WHERE e.id = v.entry_id AND e.hub_id = v_hub AND v.hub_id = v_hub AND e.fiscal_year = p_fiscal_year;
    SELECT count(*)::integer, coalesce(sum(e.amount), 0)::bigint INTO entries, total_amount
      FROM finance_entry e WHERE e.hub_id = v_hub AND e.fiscal_year = p_fiscal_year;
    DELETE FROM finance_entry e WHERE e.hub_id = v_hub AND e.fiscal_year = p_fiscal_year;
    DELETE FROM finance_work_day w
     WHERE w.hub_id = v_hub AND w.work_date >= make_date(p_fiscal_year, 4, 1)
       AND w.work_date < make_date(p_fiscal_year + 1, 4, 1);
    GET DIAGNOSTICS work_days = ROW_COUNT;
    RETURN NEXT;
END $$;
REVOKE ALL ON FUNCTION finance_dispose_year(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION finance_dispose_year(integer, integer) TO ${appRole};

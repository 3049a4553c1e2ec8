-- Issue 19: the institution list's search folds text with the one Japanese folding (platform.text.JapaneseFold),
-- which also turns the hiragana iteration marks ゝゞ into katakana ヽヾ, as the directory always did. The stored
-- search column is brought to the same form, so that a query folded the new way finds the rows folded the old way;
-- nothing else of the fold changed. Row-level security is forced on the table: each hub's rows under its own hub.
DO $$
DECLARE
    v_hub bigint;
BEGIN
    FOR v_hub IN SELECT id FROM hub LOOP
        PERFORM set_config('kyoten.hub_id', v_hub::text, true);
        UPDATE support_institution
           SET search_text = translate(search_text, 'ゝゞ', 'ヽヾ')
         WHERE search_text ~ '[ゝゞ]';
    END LOOP;
    PERFORM set_config('kyoten.hub_id', '', true);
END
$$;

package jp.kyoten.moving;

/**
 * What an import does to a company the directory already has: leave it as it is, fill
 * only the fields the ledger has empty, or update every field the file gives a value for.
 * Fields staff edited by hand are never overwritten, and the name stays the ledger's.
 * Labels: {@code moving.rule.X}.
 */
public enum DedupeRule {

	SKIP, FILL_EMPTY, UPDATE

}

package jp.kyoten.directory;

import java.util.List;

import jp.kyoten.platform.BusinessRuleException;

/**
 * A new company looks like one the hub already has; registering it needs the user's
 * explicit confirmation.
 */
class PossibleDuplicateException extends BusinessRuleException {

	private final transient List<CompanyRow> candidates;

	PossibleDuplicateException(List<CompanyRow> candidates) {
		super("company.duplicate.name", candidates.stream().map(CompanyRow::name).distinct().toList().toString());
		this.candidates = candidates;
	}

	List<CompanyRow> candidates() {
		return candidates;
	}

}

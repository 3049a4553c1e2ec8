package jp.kyoten.portal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jp.kyoten.directory.CompanyRow;
import jp.kyoten.directory.CompanySearch;
import jp.kyoten.directory.JapaneseText;

/**
 * Matches what a sender typed to the hub's directory: by 法人番号 when one is given, else by
 * the name as the directory normalises it (株式会社 and spellings aside). Only one certain
 * match counts as a match; triage shows the near ones as candidates.
 */
@Component
class CompanyMatcher {

	private final CompanySearch search;

	CompanyMatcher(CompanySearch search) {
		this.search = search;
	}

	Optional<CompanyRow> match(String corporateNumber, String name) {
		if (corporateNumber != null && corporateNumber.matches("[0-9]{13}")) {
			Optional<CompanyRow> byNumber = search.search(CompanySearch.Criteria.query(corporateNumber), 0, 2)
				.rows()
				.stream()
				.filter(c -> corporateNumber.equals(c.corporateNumber()))
				.findFirst();
			if (byNumber.isPresent()) {
				return byNumber;
			}
		}
		String key = name == null ? "" : JapaneseText.normalize(name);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		List<CompanyRow> sameName = candidates(name).stream()
			.filter(c -> key.equals(JapaneseText.normalize(c.name())))
			.toList();
		return sameName.size() == 1 ? Optional.of(sameName.getFirst()) : Optional.empty();
	}

	/** Companies whose name contains what the sender typed, for staff to choose from. */
	List<CompanyRow> candidates(String name) {
		if (name == null || JapaneseText.normalize(name).isEmpty()) {
			return List.of();
		}
		return search.search(CompanySearch.Criteria.query(name), 0, 10).rows();
	}

}

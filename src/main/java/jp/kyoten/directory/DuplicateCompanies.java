package jp.kyoten.directory;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the records that may be the same company: the same corporate number, or the same
 * normalised name ({@link JapaneseText#normalize}: 株式会社熊本精機 = ㈱熊本精機 = 熊本精機(株)) in the
 * same municipality when both say which. Merged-away records are not candidates; closed
 * ones are.
 */
@Component
class DuplicateCompanies {

	private final JdbcClient jdbc;

	DuplicateCompanies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CompanyRow> withCorporateNumber(String corporateNumber, Long except) {
		if (corporateNumber == null) {
			return List.of();
		}
		return jdbc
			.sql("SELECT " + CompanySearch.COLUMNS + " FROM company WHERE merged_into_id IS NULL "
					+ "AND corporate_number = ? AND id <> ? ORDER BY id")
			.params(corporateNumber, except == null ? -1L : except)
			.query(CompanySearch::row)
			.list();
	}

	List<CompanyRow> withSameName(CompanyData data, Long except) {
		String key = JapaneseText.normalize(data.name());
		if (key.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + CompanySearch.COLUMNS + " FROM company WHERE merged_into_id IS NULL "
				+ "AND name_key = ? AND id <> ? "
				+ "AND (?::text IS NULL OR municipality_code IS NULL OR municipality_code = ?) ORDER BY id LIMIT 20")
			.params(key, except == null ? -1L : except, data.municipalityCode(), data.municipalityCode())
			.query(CompanySearch::row)
			.list();
	}

}

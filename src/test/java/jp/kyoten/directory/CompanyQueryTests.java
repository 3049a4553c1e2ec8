package jp.kyoten.directory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words of a directory search read once for a hub's search and the administrator's
 * search across hubs alike: digits are a corporate number's beginning from four on,
 * anything else a fragment of the normalised name or kana.
 */
class CompanyQueryTests {

	@Test
	void fourOrMoreDigitsInAnyWidthAreTheBeginningOfACorporateNumber() {
		CompanyQuery query = CompanyQuery.of(" １２３４-５６ ");
		assertThat(query.kind()).isEqualTo(CompanyQuery.Kind.CORPORATE_NUMBER);
		assertThat(query.corporateNumberPattern()).isEqualTo("123456%");
		assertThat(query.gramKeys()).isNull();
	}

	@Test
	void fewerDigitsAreSearchedAsPartOfANameLikeAnyOtherWord() {
		CompanyQuery query = CompanyQuery.of("123");
		assertThat(query.kind()).isEqualTo(CompanyQuery.Kind.NAME);
		assertThat(query.namePattern()).isEqualTo("%" + JapaneseText.normalize("123") + "%");
		assertThat(query.gramKeys()).containsExactly(JapaneseText.queryCodes(JapaneseText.normalize("123")));
	}

	@Test
	void aNameIsNormalisedAsTheStoredNamesAreAndItsLikeCharactersAreEscaped() {
		CompanyQuery query = CompanyQuery.of("ｸﾏﾓﾄ_100%");
		String normalized = JapaneseText.normalize("ｸﾏﾓﾄ_100%");
		assertThat(normalized).startsWith("クマモト");
		assertThat(query.namePattern()).isEqualTo("%" + normalized.replace("_", "\\_").replace("%", "\\%") + "%");
		assertThat(query.gramKeys()).containsExactly(JapaneseText.queryCodes(normalized));
	}

	@Test
	void blankWordsAskNothing() {
		assertThat(CompanyQuery.of(null).kind()).isEqualTo(CompanyQuery.Kind.NONE);
		assertThat(CompanyQuery.of(" 　").kind()).isEqualTo(CompanyQuery.Kind.NONE);
	}

}

package jp.kyoten.institution;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Institution kinds, the search folding and the messages, without Spring. */
class InstitutionKindTests {

	@Test
	void theFirstFiveKindsAreTheFinancialInstitutions() {
		assertThat(InstitutionKind.financialKinds()).containsExactly(InstitutionKind.REGIONAL_BANK,
				InstitutionKind.SECOND_REGIONAL_BANK, InstitutionKind.SHINKIN_BANK, InstitutionKind.CREDIT_COOPERATIVE,
				InstitutionKind.GOVERNMENT_FINANCIAL);
		assertThat(InstitutionKind.CHAMBER_OF_COMMERCE.isFinancial()).isFalse();
		assertThat(InstitutionKind.values()).hasSize(17);
	}

	@Test
	void theCodePatternNamesEveryKind() {
		for (InstitutionKind kind : InstitutionKind.values()) {
			assertThat(kind.name()).matches(InstitutionKind.CODES);
		}
		assertThat(InstitutionKind.CODES.split("\\|")).hasSize(InstitutionKind.values().length);
		assertThat("BANK").doesNotMatch(InstitutionKind.CODES);
	}

	@Test
	void foldsWidthAndKanaKindForSearch() {
		assertThat(jp.kyoten.platform.text.JapaneseFold.fold("ひご　ぎんこう")).isEqualTo("ヒゴギンコウ");
		assertThat(jp.kyoten.platform.text.JapaneseFold.fold("ﾋｺﾞｷﾞﾝｺｳ")).isEqualTo("ヒゴギンコウ");
		assertThat(jp.kyoten.platform.text.JapaneseFold.fold("ＪＦＣ 熊本")).isEqualTo("jfc熊本");
		assertThat(SearchText.containing("100%_x")).isEqualTo("%100\\%\\_x%");
		assertThat(SearchText.of("肥後銀行", null, "本店")).isEqualTo("肥後銀行\n本店");
	}

	@Test
	void normalisesPostalCodes() {
		assertThat(InstitutionDetails.postalCode("８６００００１")).isEqualTo("860-0001");
		assertThat(InstitutionDetails.postalCode("860-0001")).isEqualTo("860-0001");
		assertThat(InstitutionDetails.postalCode(" ")).isNull();
	}

	@Test
	void japaneseAndEnglishMessagesHaveTheSameKeysAndEveryKindALabel() throws IOException {
		Properties ja = load("ja");
		Properties en = load("en");
		assertThat(en.keySet()).isEqualTo(ja.keySet());
		for (InstitutionKind kind : InstitutionKind.values()) {
			assertThat(ja).containsKey("institutionKind." + kind);
		}
		assertThat(ja.getProperty("institutionKind.SUCCESSION_CENTER")).isEqualTo("事業承継・引継ぎ支援センター");
	}

	private static Properties load(String language) throws IOException {
		Properties properties = new Properties();
		String path = "/i18n/institution/messages_" + language + ".properties";
		try (var in = InstitutionKindTests.class.getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}

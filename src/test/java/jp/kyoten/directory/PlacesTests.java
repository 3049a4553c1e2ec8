package jp.kyoten.directory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlacesTests {

	@Test
	void namesPlacesForPeopleAndFallsBackToTheCode() {
		assertThat(Places.name("43", "43100")).isEqualTo("熊本県 熊本市");
		assertThat(Places.name("13", null)).isEqualTo("東京都");
		assertThat(Places.name("13", "13101")).isEqualTo("東京都 13101");
		assertThat(Places.name(null, null)).isEmpty();
	}

	@Test
	void findsTheCodeANameStandsForWithinThePrefecture() {
		assertThat(Places.municipalityCode("43", "熊本市")).isEqualTo("43100");
		assertThat(Places.municipalityCode("43", "43202")).isEqualTo("43202");
		assertThat(Places.municipalityCode("40", "熊本市")).isEqualTo("熊本市");
		assertThat(Places.municipalityCode(null, " ")).isNull();
		assertThat(Places.search("40", "福")).extracting(Municipality::name).contains("福岡市", "福津市")
			.doesNotContain("熊本市");
	}

}

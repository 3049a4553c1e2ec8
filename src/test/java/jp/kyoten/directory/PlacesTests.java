package jp.kyoten.directory;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlacesTests {

	@Test
	void namesPlacesForPeopleAndFallsBackToTheCode() {
		assertThat(Places.name("43", "43100")).isEqualTo("熊本県 熊本市");
		assertThat(Places.name("13", null)).isEqualTo("東京都");
		assertThat(Places.name("13", "13104")).isEqualTo("東京都 新宿区");
		assertThat(Places.name("43", "43199")).isEqualTo("熊本県 43199");
		assertThat(Places.name(null, null)).isEmpty();
	}

	@Test
	void findsTheCodeANameStandsForWithinThePrefecture() {
		assertThat(Places.municipalityCode("43", "熊本市")).isEqualTo("43100");
		assertThat(Places.municipalityCode("43", "43202")).isEqualTo("43202");
		assertThat(Places.municipalityCode("40", "熊本市")).isEqualTo("熊本市");
		assertThat(Places.municipalityCode("13", "府中市")).isEqualTo("13206");
		assertThat(Places.municipalityCode("34", "府中市")).isEqualTo("34208");
		assertThat(Places.municipalityCode(null, " ")).isNull();
		assertThat(Places.search("40", "福")).extracting(Municipality::name)
			.contains("福岡市", "福津市")
			.doesNotContain("熊本市");
	}

	@Test
	void knowsEveryMunicipalityOfJapanNotOnlyTheDemoHubs() {
		assertThat(Municipalities.all()).hasSizeGreaterThan(1_900);
		assertThat(Municipalities.all().stream().map(m -> m.code().substring(0, 2)).collect(Collectors.toSet()))
			.containsAll(IntStream.rangeClosed(1, 47).mapToObj("%02d"::formatted).toList());
		assertThat(Places.municipalityName("01100")).isEqualTo("札幌市");
		assertThat(Places.municipalityName("47382")).isEqualTo("与那国町");
		assertThat(Places.municipalityName("43101")).isEqualTo("熊本市中央区");
		assertThat(Municipalities.all()).allSatisfy(m -> {
			assertThat(m.code()).matches("(0[1-9]|[1-3][0-9]|4[0-7])[0-9]{3}");
			assertThat(m.name()).isNotBlank();
		});
	}

	@Test
	void theTypeAheadFindsAMunicipalityByItsReadingAndPutsNamesThatBeginWithTheTextFirst() {
		assertThat(Places.search("13", "しんじゅく")).extracting(Municipality::name).containsExactly("新宿区");
		assertThat(Places.search("13", "シンジュク")).extracting(Municipality::name).containsExactly("新宿区");
		assertThat(Places.search(null, "札幌").getFirst().name()).isEqualTo("札幌市");
		assertThat(Places.search("43", "熊本").getFirst().name()).isEqualTo("熊本市");
	}

}

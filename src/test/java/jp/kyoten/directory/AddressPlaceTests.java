package jp.kyoten.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An address as people write it names its prefecture and municipality by the directory's
 * municipality data.
 */
class AddressPlaceTests {

	@Test
	void findsTheWardOfADesignatedCity() {
		assertThat(AddressPlace.of("熊本県熊本市中央区水前寺1-2-3", null)).isEqualTo(new AddressPlace("43", "43101"));
		assertThat(AddressPlace.of("〒862-0950 熊本県熊本市中央区水前寺", null)).isEqualTo(new AddressPlace("43", "43101"));
	}

	@Test
	void takesTheHubsPrefectureWhenTheAddressLeavesItOut() {
		assertThat(AddressPlace.of("熊本市東区健軍1丁目", "43").municipalityCode()).isEqualTo("43102");
		assertThat(AddressPlace.of("阿蘇市一の宮町宮地", "43")).isEqualTo(new AddressPlace("43", "43214"));
		// another prefecture written out wins over the hub's
		assertThat(AddressPlace.of("福岡県福岡市博多区博多駅前", "43").prefectureCode()).isEqualTo("40");
	}

	@Test
	void skipsTheGunBeforeATown() {
		assertThat(AddressPlace.of("熊本県菊池郡菊陽町津久礼", null).municipalityCode()).isEqualTo("43404");
		assertThat(AddressPlace.of("ＸＹＺ", "43")).isEqualTo(new AddressPlace("43", null));
	}

	@Test
	void knowsTheCityOfAWard() {
		assertThat(AddressPlace.cityOf("43101")).isEqualTo("43100");
		assertThat(AddressPlace.cityOf("43100")).isNull();
		assertThat(AddressPlace.cityOf("43404")).isNull();
	}

}

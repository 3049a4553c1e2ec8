package jp.kyoten.directory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompanyCorporateNumberTests {

	@Test
	void acceptsRealCorporateNumbers() {
		assertThat(CorporateNumber.isValid("7000012050002")).as("国税庁").isTrue();
		assertThat(CorporateNumber.isValid("1180301018771")).as("トヨタ自動車").isTrue();
		assertThat(CorporateNumber.isValid("5010401067252")).as("ソニーグループ").isTrue();
		assertThat(CorporateNumber.isValid("7000020430005")).as("熊本県").isTrue();
	}

	@Test
	void rejectsAWrongCheckDigit() {
		assertThat(CorporateNumber.isValid("8000012050002")).isFalse();
		assertThat(CorporateNumber.isValid("7000012050003")).isFalse();
	}

	@Test
	void rejectsAnythingButThirteenDigits() {
		assertThat(CorporateNumber.isValid("700001205000")).isFalse();
		assertThat(CorporateNumber.isValid("70000120500021")).isFalse();
		assertThat(CorporateNumber.isValid("700001205000A")).isFalse();
		assertThat(CorporateNumber.isValid(null)).isFalse();
	}

	@Test
	void computesTheCheckDigitOfABaseNumber() {
		assertThat(CorporateNumber.checkDigit("000012050002")).isEqualTo(7);
		assertThat(CorporateNumber.of("180301018771")).isEqualTo("1180301018771");
		assertThatThrownBy(() -> CorporateNumber.checkDigit("123")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void sizeBandsFollowTheNumberOfEmployees() {
		assertThat(SizeBand.of(null)).isEqualTo(SizeBand.UNKNOWN);
		assertThat(SizeBand.of(0)).isEqualTo(SizeBand.UP_TO_5);
		assertThat(SizeBand.of(5)).isEqualTo(SizeBand.UP_TO_5);
		assertThat(SizeBand.of(6)).isEqualTo(SizeBand.FROM_6_TO_20);
		assertThat(SizeBand.of(300)).isEqualTo(SizeBand.FROM_101_TO_300);
		assertThat(SizeBand.of(1000)).isEqualTo(SizeBand.FROM_301_TO_1000);
		assertThat(SizeBand.of(1001)).isEqualTo(SizeBand.OVER_1000);
	}

}

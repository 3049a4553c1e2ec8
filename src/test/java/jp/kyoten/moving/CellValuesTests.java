package jp.kyoten.moving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jp.kyoten.directory.SizeBand;

/**
 * What a hub's own spreadsheets say in their cells, read the way the people who typed
 * them meant it.
 */
class CellValuesTests {

	@Test
	void readsWarekiWithEraNameInitialAndGannen() {
		assertThat(CellValues.date("令和7年4月1日")).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(CellValues.date("R7.4.1")).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(CellValues.date("r7/4/1")).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(CellValues.date("H31.4.30")).isEqualTo(LocalDate.of(2019, 4, 30));
		assertThat(CellValues.date("令和元年5月1日")).isEqualTo(LocalDate.of(2019, 5, 1));
		assertThat(CellValues.date("昭和64年1月7日")).isEqualTo(LocalDate.of(1989, 1, 7));
		assertThat(CellValues.date("平成元年1月8日")).isEqualTo(LocalDate.of(1989, 1, 8));
	}

	@Test
	void readsSeirekiInEveryUsualShape() {
		assertThat(CellValues.date("2025/4/1")).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(CellValues.date("2025-04-01")).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(CellValues.date("2025年4月1日")).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(CellValues.date("2025.4.1")).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(CellValues.date("20250401")).isEqualTo(LocalDate.of(2025, 4, 1));
	}

	@Test
	void readsExcelSerialNumbersWithExcelsLeapDayError() {
		// Excel shows serial 45748 as 2025-04-01, and 1 as 1900-01-01; 61 is 1900-03-01
		// because Excel counts 1900-02-29
		assertThat(CellValues.date("45748")).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(CellValues.date("1")).isEqualTo(LocalDate.of(1900, 1, 1));
		assertThat(CellValues.date("61")).isEqualTo(LocalDate.of(1900, 3, 1));
		assertThat(CellValues.date("45748.5")).isEqualTo(LocalDate.of(2025, 4, 1));
	}

	@Test
	void readsFullWidthDigitsAndSigns() {
		assertThat(CellValues.date("２０２５／４／１")).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(CellValues.date("Ｒ７．４．１")).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(CellValues.number("１，２３４，５６７円")).isEqualTo(1_234_567L);
		assertThat(CellValues.number("－１２")).isEqualTo(-12L);
		assertThat(CellValues.number("3,000万円")).isEqualTo(30_000_000L);
	}

	@Test
	void refusesDaysThatNeverWereAndTextThatIsNoDate() {
		assertThatThrownBy(() -> CellValues.date("令和7年2月30日")).isInstanceOf(CellProblem.class)
			.extracting(e -> ((CellProblem) e).messageKey())
			.isEqualTo("moving.problem.dateInvalid");
		assertThatThrownBy(() -> CellValues.date("来週")).isInstanceOf(CellProblem.class)
			.extracting(e -> ((CellProblem) e).messageKey())
			.isEqualTo("moving.problem.date");
		assertThat(CellValues.date("  ")).isNull();
	}

	@Test
	void readsEmployeesAsPeopleWriteThemIntoASizeBand() {
		assertThat(CellValues.employees("約30名")).isEqualTo(30);
		assertThat(CellValues.employees("３０人程度")).isEqualTo(30);
		assertThat(CellValues.employees("10〜20人")).isEqualTo(15);
		assertThat(CellValues.employees("10人～20人")).isEqualTo(15);
		assertThat(CellValues.employees("1,200名")).isEqualTo(1200);
		assertThat(CellValues.employees("不明")).isNull();
		assertThat(CellValues.sizeBand("約30名")).isEqualTo(SizeBand.FROM_21_TO_50);
		assertThat(CellValues.sizeBand("10〜20人")).isEqualTo(SizeBand.FROM_6_TO_20);
		assertThat(CellValues.sizeBand("")).isEqualTo(SizeBand.UNKNOWN);
		assertThatThrownBy(() -> CellValues.employees("たくさん")).isInstanceOf(CellProblem.class);
	}

	@Test
	void readsYesNoInMarksAndWords() {
		assertThat(CellValues.yesNo("○")).isTrue();
		assertThat(CellValues.yesNo("有")).isTrue();
		assertThat(CellValues.yesNo("あり")).isTrue();
		assertThat(CellValues.yesNo("×")).isFalse();
		assertThat(CellValues.yesNo("無")).isFalse();
		assertThat(CellValues.yesNo("ｘ")).isFalse();
		assertThat(CellValues.yesNo("")).isNull();
		assertThatThrownBy(() -> CellValues.yesNo("たぶん")).isInstanceOf(CellProblem.class);
	}

	@Test
	void checksTheCorporateNumbersCheckDigitAndReportsAWrongOne() {
		// 7000012050002 is the National Tax Agency's own number
		assertThat(CellValues.corporateNumber("７０００－０１２０５－０００２")).isEqualTo("7000012050002");
		assertThat(CellValues.corporateNumber("7000 0120 50002")).isEqualTo("7000012050002");
		assertThatThrownBy(() -> CellValues.corporateNumber("8000012050002")).isInstanceOf(CellProblem.class)
			.extracting(e -> ((CellProblem) e).messageKey())
			.isEqualTo("moving.problem.checkDigit");
		assertThatThrownBy(() -> CellValues.corporateNumber("12345")).isInstanceOf(CellProblem.class)
			.extracting(e -> ((CellProblem) e).messageKey())
			.isEqualTo("moving.problem.corporateNumber");
	}

	@Test
	void suggestsFieldsFromJapaneseAndEnglishHeaders() {
		assertThat(Field.suggestedFor("法人名", RecordKind.COMPANIES)).contains(Field.COMPANY_NAME);
		assertThat(Field.suggestedFor("会社名", RecordKind.COMPANIES)).contains(Field.COMPANY_NAME);
		assertThat(Field.suggestedFor("企業名", RecordKind.CONSULTATIONS)).contains(Field.COMPANY_NAME);
		assertThat(Field.suggestedFor("相談企業名", RecordKind.CONSULTATIONS)).contains(Field.COMPANY_NAME);
		assertThat(Field.suggestedFor("Company Name", RecordKind.COMPANIES)).contains(Field.COMPANY_NAME);
		assertThat(Field.suggestedFor("所在地", RecordKind.COMPANIES)).contains(Field.ADDRESS);
		assertThat(Field.suggestedFor("相談日", RecordKind.CONSULTATIONS)).contains(Field.CONSULTED_ON);
		assertThat(Field.suggestedFor("新規／継続", RecordKind.CONSULTATIONS)).contains(Field.NEW_OR_FOLLOW_UP);
		// a consultation's columns are not offered for a company ledger
		assertThat(Field.suggestedFor("相談日", RecordKind.COMPANIES)).isEmpty();
	}

	@Test
	void suggestsCodesForTheValuesOfCodedColumns() {
		assertThat(CodedValues.suggest(Field.CHANNEL, "来訪")).isEqualTo("VISIT_IN");
		assertThat(CodedValues.suggest(Field.CHANNEL, "Zoom")).isEqualTo("ONLINE");
		assertThat(CodedValues.suggest(Field.CHANNEL, "ＴＥＬ")).isEqualTo("PHONE");
		assertThat(CodedValues.suggest(Field.NEW_OR_FOLLOW_UP, "継続")).isEqualTo(CodedValues.FOLLOW_UP);
		assertThat(CodedValues.suggest(Field.NEW_OR_FOLLOW_UP, "初回")).isEqualTo(CodedValues.NEW);
		assertThat(CodedValues.split(Field.ISSUES, "人材確保、DX・販路")).containsExactly("人材確保", "DX", "販路");
		assertThat(CodedValues.suggest(Field.ISSUES, "販路")).isEqualTo("SALES_CHANNEL");
		assertThat(CodedValues.suggest(Field.CHANNEL, "伝書鳩")).isNull();
	}

}

package jp.kyoten.directory.registry;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistryRecordTests {

	@Test
	void readsTheThirtyColumnLayout() throws Exception {
		String line = new RegistryLines()
			.line("7000012050002", "12", "2026-11-20", "2026-11-18", "国税庁", "コクゼイチョウ", "13", "101", "千代田区", "霞が関３丁目１－１",
					"", "", "")
			.lines()
			.getFirst();
		RegistryRecord r = RegistryRecord.parse(line);
		assertThat(r.corporateNumber()).isEqualTo("7000012050002");
		assertThat(r.process()).isEqualTo("12");
		assertThat(r.updateDate()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(r.changeDate()).isEqualTo(LocalDate.of(2026, 11, 18));
		assertThat(r.name()).isEqualTo("国税庁");
		assertThat(r.municipalityCode()).isEqualTo("13101");
		assertThat(r.address()).isEqualTo("東京都千代田区霞が関３丁目１－１");
		assertThat(r.furigana()).isEqualTo("コクゼイチョウ");
	}

	@Test
	void keepsCommasAndQuotesInsideQuotedFields() throws Exception {
		assertThat(RegistryRecord.split("\"a,b\",\"say \"\"hi\"\"\",,plain")).containsExactly("a,b", "say \"hi\"", "",
				"plain");
	}

	@Test
	void rejectsAWrongCheckDigitAWrongColumnCountAndABadDate() {
		String good = new RegistryLines().add("7000012050002", "01", "2026-11-20", "国税庁", "", "13", "101", "千代田区", "")
			.lines()
			.getFirst();
		assertThatThrownBy(() -> RegistryRecord.parse(good.replace("7000012050002", "8000012050002")))
			.isInstanceOfSatisfying(RegistryRecord.Rejected.class, r -> assertThat(r.reason()).isEqualTo("checkDigit"));
		assertThatThrownBy(() -> RegistryRecord.parse(good + ",\"extra\""))
			.isInstanceOfSatisfying(RegistryRecord.Rejected.class, r -> assertThat(r.reason()).isEqualTo("columns"));
		assertThatThrownBy(() -> RegistryRecord.parse(good.replace("2026-11-20", "2026-13-45")))
			.isInstanceOfSatisfying(RegistryRecord.Rejected.class, r -> assertThat(r.reason()).isEqualTo("date"));
		assertThatThrownBy(() -> RegistryRecord.parse(good.replace("\"01\"", "\"42\"")))
			.isInstanceOfSatisfying(RegistryRecord.Rejected.class, r -> assertThat(r.reason()).isEqualTo("process"));
	}

	@Test
	void aMergerClosesTheCompanyAndARevivalReopensIt() throws Exception {
		String merged = new RegistryLines()
			.closed("7000012050002", "2026-11-20", "国税庁", "13", "101", "千代田区", "2026-11-19", "11",
					RegistryLines.corporateNumber(5))
			.lines()
			.getFirst();
		RegistryRow row = RegistryRow.of(RegistryRecord.parse(merged));
		assertThat(row.closed()).isTrue();
		assertThat(row.closedOn()).isEqualTo(LocalDate.of(2026, 11, 19));
		assertThat(row.record().successorCorporateNumber()).isEqualTo(RegistryLines.corporateNumber(5));
		String revived = new RegistryLines()
			.add("7000012050002", "22", "2026-11-21", "国税庁", "", "13", "101", "千代田区", "")
			.lines()
			.getFirst();
		assertThat(RegistryRow.of(RegistryRecord.parse(revived)).closed()).isFalse();
	}

	@Test
	void readsTheDateOfAChangeFileFromItsName() {
		assertThat(ImportCorporateNumbers.dateFromName("diff_20261120_unicode.zip"))
			.isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(ImportCorporateNumbers.dateFromName("43_kumamoto_all.zip")).isNull();
		assertThat(ImportCorporateNumbers.kindFromName("43_kumamoto_diff_20261120.csv"))
			.isEqualTo(ImportJobs.Kind.DIFF);
		assertThat(ImportCorporateNumbers.businessDaysBetween(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 23)))
			.as("Friday to Monday has no business day between")
			.isZero();
		assertThat(ImportCorporateNumbers.businessDaysBetween(LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 20)))
			.isEqualTo(2);
	}

}

package jp.kyoten.directory;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import jp.kyoten.platform.text.JapaneseFold;

/**
 * What a person or an import may say about a company: the form, the JSON API and the bulk
 * registration all bind to this record and are validated by its constraints. The
 * canonical constructor tidies the input (blank → null, full-width digits, kana in
 * katakana, a postal code without its hyphen gets one), so that validation, storage and
 * comparison all see the same values.
 */
@MunicipalityInPrefecture
public record CompanyData(@Pattern(regexp = "[0-9]{13}") @CorporateNumberCheckDigit String corporateNumber,
		@NotBlank @Size(max = 200) String name, @Size(max = 200) String nameKana, LegalForm legalForm,
		@Pattern(regexp = "[0-9]{3}-[0-9]{4}") String postalCode,
		@Pattern(regexp = "0[1-9]|[1-3][0-9]|4[0-7]") String prefectureCode,
		@Pattern(regexp = "[0-9]{5}") String municipalityCode, @Size(max = 300) String address,
		@Pattern(regexp = "[A-T]") String industry, @PositiveOrZero Integer employees, @PositiveOrZero Long capital,
		@Size(max = 100) String representative, @Size(max = 100) String mainBank,
		@Size(max = 30) @Pattern(regexp = "[0-9+()\\-]{6,30}") String phone,
		@Size(max = 500) @Pattern(regexp = "https?://\\S+") String url, Boolean sme, Boolean smallBusiness,
		Boolean startup, Boolean declared100oku, Boolean regionalFutureLeader, Boolean closed, LocalDate closedOn,
		@Size(max = 4000) String notes) {

	public CompanyData {
		// flags left out of a form or a JSON body are false
		sme = Boolean.TRUE.equals(sme);
		smallBusiness = Boolean.TRUE.equals(smallBusiness);
		startup = Boolean.TRUE.equals(startup);
		declared100oku = Boolean.TRUE.equals(declared100oku);
		regionalFutureLeader = Boolean.TRUE.equals(regionalFutureLeader);
		closed = Boolean.TRUE.equals(closed);
		corporateNumber = blankToNull(corporateNumber == null ? null : JapaneseText.digitsOf(corporateNumber));
		name = tidy(name);
		nameKana = JapaneseFold.displayKana(blankToNull(nameKana));
		postalCode = postalCode(postalCode);
		prefectureCode = ascii(prefectureCode);
		// staff type the municipality's name (熊本市) or its code; the code is what is kept
		municipalityCode = Places.municipalityCode(prefectureCode, ascii(municipalityCode));
		address = tidy(address);
		industry = ascii(industry) == null ? null : ascii(industry).toUpperCase(java.util.Locale.ROOT);
		representative = tidy(representative);
		mainBank = tidy(mainBank);
		phone = ascii(phone) == null ? null : blankToNull(ascii(phone).replaceAll("\\s", ""));
		url = tidy(url);
		notes = notes == null || notes.isBlank() ? null : notes.strip();
		closedOn = closed ? closedOn : null;
		if (prefectureCode == null && municipalityCode != null && municipalityCode.matches("[0-9]{5}")) {
			prefectureCode = municipalityCode.substring(0, 2);
		}
	}

	/** A company known only by its name. */
	public static CompanyData named(String name) {
		return new CompanyData(null, name, null, null, null, null, null, null, null, null, null, null, null, null, null,
				false, false, false, false, false, false, null, null);
	}

	/**
	 * The values by column name, for comparing two versions of a company field by field
	 * and for telling which fields an edit changed ({@code manually_edited_fields}).
	 */
	public Map<String, Object> byColumn() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("corporate_number", corporateNumber);
		m.put("name", name);
		m.put("name_kana", nameKana);
		m.put("legal_form", legalForm);
		m.put("postal_code", postalCode);
		m.put("prefecture_code", prefectureCode);
		m.put("municipality_code", municipalityCode);
		m.put("address", address);
		m.put("industry", industry);
		m.put("employees", employees);
		m.put("capital", capital);
		m.put("representative", representative);
		m.put("main_bank", mainBank);
		m.put("phone", phone);
		m.put("url", url);
		m.put("sme", sme);
		m.put("small_business", smallBusiness);
		m.put("startup", startup);
		m.put("declared_100oku", declared100oku);
		m.put("regional_future_leader", regionalFutureLeader);
		m.put("closed", closed);
		m.put("closed_on", closedOn);
		m.put("notes", notes);
		return m;
	}

	/** The columns whose values differ between this and the other version. */
	public java.util.List<String> changedColumns(CompanyData other) {
		Map<String, Object> mine = byColumn();
		Map<String, Object> theirs = other.byColumn();
		return mine.keySet().stream().filter(k -> !Objects.equals(mine.get(k), theirs.get(k))).toList();
	}

	/** The columns that carry a value (a blank text or a false flag carries none). */
	public java.util.List<String> filledColumns() {
		return byColumn().entrySet()
			.stream()
			.filter(e -> e.getValue() != null && !Boolean.FALSE.equals(e.getValue()))
			.map(Map.Entry::getKey)
			.toList();
	}

	private static String tidy(String s) {
		return s == null ? null : blankToNull(s.strip());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	private static String ascii(String s) {
		return s == null ? null : blankToNull(Normalizer.normalize(s, Normalizer.Form.NFKC).strip());
	}

	private static String postalCode(String s) {
		String p = ascii(s);
		if (p == null) {
			return null;
		}
		p = p.replaceAll("^〒", "").replaceAll("[‐−ー－]", "-").strip();
		return p.matches("[0-9]{7}") ? p.substring(0, 3) + "-" + p.substring(3) : p;
	}

}

package jp.kyoten.directory;

/** One line of a company list or search result. */
public record CompanyRow(long id, String corporateNumber, String name, String nameKana, String prefectureCode,
		String municipalityCode, String industry, Integer employees, String mainBank, boolean sme, boolean closed) {

	public SizeBand sizeBand() {
		return SizeBand.of(employees);
	}

	public String municipalityName() {
		return Municipalities.name(municipalityCode);
	}

}

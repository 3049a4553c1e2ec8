package jp.kyoten.matching;

/**
 * 第三者提供の記録: exactly what went to the agency with a hand-off, as stored in
 * handoff.provided_data (JSON with these field names). It is also all an agency user
 * reads about the company and its need.
 */
public record ProvidedData(String companyName, String companyPostalCode, String companyAddress,
		String companyPrefectureCode, String companyMunicipalityCode, String companyIndustry, Integer companyEmployees,
		String contactName, String contactDepartment, String contactEmail, String contactPhone, String needTitle,
		String jobCategory, String employmentForm, boolean digital, boolean cxo, String needDescription,
		String needConditions) {
}

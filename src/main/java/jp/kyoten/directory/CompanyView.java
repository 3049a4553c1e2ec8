package jp.kyoten.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A company as its detail page and the API show it. */
public record CompanyView(long id, String corporateNumber, String name, String nameKana, LegalForm legalForm,
		String postalCode, String prefectureCode, String municipalityCode, String address, String industry,
		Integer employees, Long capital, String representative, String mainBank, Long mainBankInstitutionId,
		String phone, String url, boolean sme, boolean smallBusiness, boolean startup, boolean declared100oku,
		boolean regionalFutureLeader, boolean closed, LocalDate closedOn, Long mergedIntoId, String notes,
		List<String> manuallyEditedFields, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
		long version, Boolean priorSideJobUse) {

	public SizeBand sizeBand() {
		return SizeBand.of(employees);
	}

	public String municipalityName() {
		return Municipalities.name(municipalityCode);
	}

	public boolean merged() {
		return mergedIntoId != null;
	}

	/** The editable fields, to fill the edit form. */
	public CompanyData data() {
		return new CompanyData(corporateNumber, name, nameKana, legalForm, postalCode, prefectureCode, municipalityCode,
				address, industry, employees, capital, representative, mainBank, phone, url, sme, smallBusiness,
				startup, declared100oku, regionalFutureLeader, closed, closedOn, notes);
	}

}

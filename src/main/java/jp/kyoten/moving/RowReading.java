package jp.kyoten.moving;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.apache.poi.ss.util.CellReference;
import org.springframework.context.MessageSource;

import jp.kyoten.activity.Channel;
import jp.kyoten.activity.ManagementIssue;
import jp.kyoten.directory.AddressPlace;
import jp.kyoten.directory.CompanyData;
import jp.kyoten.matching.ImportedPlacements;
import jp.kyoten.matching.NeedDetails;
import jp.kyoten.platform.contact.ContactPerson;
import jp.kyoten.platform.contact.ContactPersonForm;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * Turns the cells of one row into what will be saved, by the mapping: each mapped cell
 * read as its field ({@link CellValues}), the address split into prefecture and
 * municipality ({@link AddressPlace}, the hub's prefecture when the address leaves it
 * out), the company checked by the directory's own constraints, coded values through the
 * value mapping. Every problem names its cell and says in Japanese what is wrong.
 */
final class RowReading {

	private static final Locale JA = Locale.JAPANESE;

	private static final Map<String, Field> PROPERTY_FIELDS = Map.ofEntries(
			Map.entry("corporateNumber", Field.CORPORATE_NUMBER), Map.entry("name", Field.COMPANY_NAME),
			Map.entry("nameKana", Field.COMPANY_KANA), Map.entry("postalCode", Field.POSTAL_CODE),
			Map.entry("address", Field.ADDRESS), Map.entry("municipalityCode", Field.ADDRESS),
			Map.entry("prefectureCode", Field.ADDRESS), Map.entry("industry", Field.INDUSTRY),
			Map.entry("employees", Field.EMPLOYEES), Map.entry("capital", Field.CAPITAL),
			Map.entry("representative", Field.REPRESENTATIVE), Map.entry("phone", Field.PHONE),
			Map.entry("url", Field.URL), Map.entry("notes", Field.NOTES), Map.entry("email", Field.CONTACT_EMAIL),
			Map.entry("department", Field.CONTACT_DEPARTMENT));

	/**
	 * A staff member as a log names them: by display name (spaces ignored) or e-mail
	 * address.
	 */
	record Staff(long userId, String displayName) {
	}

	private final ColumnMapping mapping;

	private final String hubPrefecture;

	private final Map<String, Staff> staff;

	private final MessageSource messages;

	private final Validator validator;

	/** The hub's agencies, for a placements list; null for other kinds. */
	private final ImportedPlacements.AgencyDirectory agencies;

	RowReading(ColumnMapping mapping, String hubPrefecture, Map<String, Staff> staff, MessageSource messages,
			Validator validator) {
		this(mapping, hubPrefecture, staff, messages, validator, null);
	}

	RowReading(ColumnMapping mapping, String hubPrefecture, Map<String, Staff> staff, MessageSource messages,
			Validator validator, ImportedPlacements.AgencyDirectory agencies) {
		this.agencies = agencies;
		this.mapping = mapping;
		this.hubPrefecture = hubPrefecture;
		this.staff = staff;
		this.messages = messages;
		this.validator = validator;
	}

	/** The key a staff member is found by: folded, spaces removed, lower case. */
	static String staffKey(String nameOrEmail) {
		String f = CellValues.fold(nameOrEmail);
		return f == null ? "" : f.replace(" ", "").toLowerCase(Locale.ROOT);
	}

	ImportRow read(int rowNumber, List<String> cells) {
		List<ImportRow.Problem> errors = new ArrayList<>();
		List<ImportRow.Problem> warnings = new ArrayList<>();
		Cells c = new Cells(rowNumber, cells, errors);

		String corporateNumber = null;
		try {
			corporateNumber = CellValues.corporateNumber(c.raw(Field.CORPORATE_NUMBER));
		}
		catch (CellProblem p) {
			// a wrong number is reported, and the row is matched by its name instead
			warnings.add(c.problem(Field.CORPORATE_NUMBER, p));
		}
		String name = c.text(Field.COMPANY_NAME);
		if (name == null) {
			errors.add(new ImportRow.Problem(c.ref(Field.COMPANY_NAME), say("moving.problem.nameMissing")));
		}
		String address = c.text(Field.ADDRESS);
		AddressPlace place = AddressPlace.of(address, hubPrefecture);
		if (address != null && place.municipalityCode() == null) {
			warnings.add(new ImportRow.Problem(c.ref(Field.ADDRESS), say("moving.problem.municipality")));
		}
		Integer employees = c.read(Field.EMPLOYEES, CellValues::employees);
		Long capital = c.read(Field.CAPITAL, CellValues::number);
		Boolean sme = c.read(Field.SME, CellValues::yesNo);
		String industry = c.text(Field.INDUSTRY);
		if (industry != null && !industry.matches("[A-Ta-t]")) {
			warnings.add(new ImportRow.Problem(c.ref(Field.INDUSTRY), say("moving.problem.industry", industry)));
			industry = null;
		}
		CompanyData company = new CompanyData(corporateNumber, name == null ? "" : name, c.text(Field.COMPANY_KANA),
				null, c.text(Field.POSTAL_CODE), place.prefectureCode(), place.municipalityCode(), address, industry,
				employees, capital, c.text(Field.REPRESENTATIVE), null, c.text(Field.PHONE), c.text(Field.URL), sme,
				false, false, false, false, false, null, c.text(Field.NOTES));
		if (name != null) {
			for (ConstraintViolation<CompanyData> v : validator.validate(company)) {
				Field f = PROPERTY_FIELDS.getOrDefault(v.getPropertyPath().toString(), Field.COMPANY_NAME);
				errors.add(new ImportRow.Problem(c.ref(f), v.getMessage()));
			}
		}

		ContactPerson contact = null;
		String contactName = c.text(Field.CONTACT_NAME);
		if (contactName != null) {
			ContactPersonForm form = new ContactPersonForm(contactName, null, c.text(Field.CONTACT_DEPARTMENT), null,
					c.text(Field.CONTACT_EMAIL), null, null, null);
			for (ConstraintViolation<ContactPersonForm> v : validator.validate(form)) {
				Field f = PROPERTY_FIELDS.getOrDefault(v.getPropertyPath().toString(), Field.CONTACT_NAME);
				errors.add(new ImportRow.Problem(c.ref(f), v.getMessage()));
			}
			contact = form.details();
		}

		ImportRow.ConsultationDraft consultation = null;
		if (mapping.kind() == RecordKind.CONSULTATIONS) {
			LocalDate date = c.read(Field.CONSULTED_ON, CellValues::date);
			if (date == null && c.raw(Field.CONSULTED_ON) == null) {
				errors.add(new ImportRow.Problem(c.ref(Field.CONSULTED_ON), say("moving.problem.dateMissing")));
			}
			Channel channel = null;
			String channelCode = c.code(Field.CHANNEL);
			if (channelCode != null) {
				channel = Channel.valueOf(channelCode);
			}
			else if (c.raw(Field.CHANNEL) == null) {
				errors.add(new ImportRow.Problem(c.ref(Field.CHANNEL), say("moving.problem.channelMissing")));
			}
			Set<ManagementIssue> issues = EnumSet.noneOf(ManagementIssue.class);
			for (String part : CodedValues.split(Field.ISSUES, c.raw(Field.ISSUES))) {
				String code = mapping.code(Field.ISSUES, part);
				code = code != null ? code : CodedValues.suggest(Field.ISSUES, part);
				if (code == null || code.isEmpty()) {
					errors.add(new ImportRow.Problem(c.ref(Field.ISSUES), say("moving.problem.code", part)));
				}
				else {
					issues.add(ManagementIssue.valueOf(code));
				}
			}
			String kind = c.code(Field.NEW_OR_FOLLOW_UP);
			String staffCell = c.text(Field.STAFF);
			Staff member = staffCell == null ? null : staff.get(staffKey(staffCell));
			if (staffCell != null && member == null) {
				warnings.add(new ImportRow.Problem(c.ref(Field.STAFF), say("moving.problem.staff", staffCell)));
			}
			String summary = c.text(Field.SUMMARY);
			if (summary == null) {
				// a consultation is recorded with what was talked about (as typed in)
				errors.add(new ImportRow.Problem(c.ref(Field.SUMMARY), say("moving.problem.summaryMissing")));
			}
			consultation = new ImportRow.ConsultationDraft(date, channel, issues, summary,
					member == null ? null : member.userId(), member == null ? staffCell : member.displayName(),
					CodedValues.FOLLOW_UP.equals(kind), c.text(Field.NEXT_ACTION));
		}
		ImportRow.NeedDraft need = null;
		ImportRow.PlacementDraft placement = null;
		if (mapping.kind() == RecordKind.NEEDS || mapping.kind() == RecordKind.PLACEMENTS) {
			need = need(c, errors);
		}
		if (mapping.kind() == RecordKind.PLACEMENTS) {
			placement = placement(c, need, errors);
		}
		ImportRow.ParticipantDraft participant = null;
		if (mapping.kind() == RecordKind.PARTICIPANTS) {
			participant = participant(c, contact, errors);
		}
		return new ImportRow(rowNumber, cells, company, contact, consultation, need, placement, participant,
				List.copyOf(errors), List.copyOf(warnings));
	}

	/**
	 * A placements list's row: the agency must be one of the hub's registered agencies
	 * (by licence number, else by name), the contract date is required, and the days in
	 * order — learned, handed off, contracted, started.
	 */
	private ImportRow.PlacementDraft placement(Cells c, ImportRow.NeedDraft need, List<ImportRow.Problem> errors) {
		String agencyName = c.text(Field.AGENCY_NAME);
		String licence = c.text(Field.AGENCY_LICENCE);
		Long agencyId = null;
		if (agencyName == null && licence == null) {
			errors.add(new ImportRow.Problem(c.ref(Field.AGENCY_NAME), say("moving.problem.agencyMissing")));
		}
		else {
			ImportedPlacements.AgencyMatch match = agencies.match(agencyName, licence);
			Field cell = agencyName != null ? Field.AGENCY_NAME : Field.AGENCY_LICENCE;
			if (match.found()) {
				agencyId = match.agencyId();
				agencyName = match.agencyName();
			}
			else {
				errors.add(new ImportRow.Problem(c.ref(cell), switch (match.problem()) {
					case NOT_REGISTERED -> say("moving.problem.agencyNotRegistered", match.agencyName(),
							messages.getMessage("agencyStatus." + match.status(), null, match.status().name(), JA));
					case SEVERAL -> say("moving.problem.agencySeveral", match.agencyName());
					default -> say("moving.problem.agencyUnknown", match.agencyName());
				}));
			}
		}
		LocalDate handedOffOn = c.read(Field.HANDED_OFF_ON, CellValues::date);
		LocalDate contract = c.read(Field.CONTRACT_DATE, CellValues::date);
		if (contract == null && c.raw(Field.CONTRACT_DATE) == null) {
			errors.add(new ImportRow.Problem(c.ref(Field.CONTRACT_DATE), say("moving.problem.contractDateMissing")));
		}
		LocalDate start = c.read(Field.START_DATE, CellValues::date);
		Long fee = c.read(Field.FEE, CellValues::number);
		if (fee != null && fee < 0) {
			errors.add(new ImportRow.Problem(c.ref(Field.FEE), say("moving.problem.feeNegative")));
		}
		if (contract != null) {
			LocalDate handed = handedOffOn == null ? contract : handedOffOn;
			if (contract.isBefore(handed)) {
				errors.add(new ImportRow.Problem(c.ref(Field.CONTRACT_DATE),
						say("moving.problem.contractBeforeHandOff", handed)));
			}
			if (need != null && need.learnedOn() != null && handed.isBefore(need.learnedOn())) {
				errors.add(new ImportRow.Problem(c.ref(Field.HANDED_OFF_ON),
						say("moving.problem.handOffBeforeLearned", need.learnedOn())));
			}
			if (start != null && start.isBefore(contract)) {
				errors.add(new ImportRow.Problem(c.ref(Field.START_DATE), say("moving.problem.startBeforeContract")));
			}
			if (contract.isAfter(LocalDate.now(jp.kyoten.platform.time.HubTime.ZONE))) {
				errors.add(new ImportRow.Problem(c.ref(Field.CONTRACT_DATE), say("moving.problem.contractInFuture")));
			}
		}
		return new ImportRow.PlacementDraft(agencyId == null ? 0 : agencyId, agencyName, handedOffOn, contract, start,
				fee);
	}

	/**
	 * A participants list's row: the person (the contact's name), the event's title and
	 * day are required.
	 */
	private ImportRow.ParticipantDraft participant(Cells c, ContactPerson contact, List<ImportRow.Problem> errors) {
		if (contact == null) {
			errors.add(new ImportRow.Problem(c.ref(Field.CONTACT_NAME), say("moving.problem.participantMissing")));
		}
		String title = c.text(Field.EVENT_TITLE);
		if (title == null) {
			errors.add(new ImportRow.Problem(c.ref(Field.EVENT_TITLE), say("moving.problem.eventTitleMissing")));
		}
		else if (title.length() > 200) {
			errors.add(new ImportRow.Problem(c.ref(Field.EVENT_TITLE), say("moving.problem.tooLong", 200)));
		}
		LocalDate day = c.read(Field.EVENT_DATE, CellValues::date);
		if (day == null && c.raw(Field.EVENT_DATE) == null) {
			errors.add(new ImportRow.Problem(c.ref(Field.EVENT_DATE), say("moving.problem.eventDateMissing")));
		}
		else if (day != null && !day.isBefore(LocalDate.now(jp.kyoten.platform.time.HubTime.ZONE))) {
			// a list of who came is a past event's; a coming event's registrations come
			// through its form
			errors.add(new ImportRow.Problem(c.ref(Field.EVENT_DATE), say("moving.problem.eventNotPast")));
		}
		String kind = c.code(Field.EVENT_KIND);
		Boolean attended = c.read(Field.ATTENDANCE, CellValues::attendance);
		return new ImportRow.ParticipantDraft(title, day, kind, attended);
	}

	/**
	 * A needs list's row: its title, job category and employment form are required (as
	 * staff must give them).
	 */
	private ImportRow.NeedDraft need(Cells c, List<ImportRow.Problem> errors) {
		String title = c.text(Field.NEED_TITLE);
		if (title == null) {
			errors.add(new ImportRow.Problem(c.ref(Field.NEED_TITLE), say("moving.problem.needTitleMissing")));
		}
		else if (title.length() > NeedDetails.TITLE_MAX) {
			errors.add(new ImportRow.Problem(c.ref(Field.NEED_TITLE),
					say("moving.problem.tooLong", NeedDetails.TITLE_MAX)));
		}
		String category = c.code(Field.JOB_CATEGORY);
		if (category == null && c.raw(Field.JOB_CATEGORY) == null) {
			errors.add(new ImportRow.Problem(c.ref(Field.JOB_CATEGORY), say("moving.problem.jobCategoryMissing")));
		}
		String form = c.code(Field.EMPLOYMENT_FORM);
		if (form == null && c.raw(Field.EMPLOYMENT_FORM) == null) {
			errors
				.add(new ImportRow.Problem(c.ref(Field.EMPLOYMENT_FORM), say("moving.problem.employmentFormMissing")));
		}
		Boolean digital = c.read(Field.DIGITAL, CellValues::yesNo);
		Boolean cxo = c.read(Field.CXO, CellValues::yesNo);
		LocalDate learnedOn = c.read(Field.NEED_LEARNED_ON, CellValues::date);
		return new ImportRow.NeedDraft(title, category == null ? null : JobCategory.valueOf(category),
				form == null ? null : EmploymentForm.valueOf(form), Boolean.TRUE.equals(digital),
				Boolean.TRUE.equals(cxo), learnedOn, c.text(Field.NEED_DESCRIPTION), c.text(Field.NEED_CONDITIONS));
	}

	private String say(String key, Object... args) {
		return messages.getMessage(key, args, key, JA);
	}

	/** The row's cells by field, each problem recorded against its cell. */
	private final class Cells {

		private final int rowNumber;

		private final List<String> cells;

		private final List<ImportRow.Problem> errors;

		Cells(int rowNumber, List<String> cells, List<ImportRow.Problem> errors) {
			this.rowNumber = rowNumber;
			this.cells = cells;
			this.errors = errors;
		}

		String raw(Field field) {
			Integer column = mapping.column(field);
			if (column == null || column < 0 || column >= cells.size()) {
				return null;
			}
			String v = cells.get(column);
			return v == null || v.isBlank() ? null : v;
		}

		/**
		 * The cell's text, with widths folded for names and numbers but line breaks kept.
		 */
		String text(Field field) {
			String v = raw(field);
			if (v == null) {
				return null;
			}
			String s = java.text.Normalizer.normalize(v, java.text.Normalizer.Form.NFKC).strip();
			return s.isEmpty() ? null : s;
		}

		<T> T read(Field field, java.util.function.Function<String, T> reader) {
			try {
				return reader.apply(raw(field));
			}
			catch (CellProblem p) {
				errors.add(problem(field, p));
				return null;
			}
		}

		/**
		 * The code of a coded cell: as mapped, else as suggested; an unknown value is an
		 * error.
		 */
		String code(Field field) {
			String v = CellValues.fold(raw(field));
			if (v == null) {
				return null;
			}
			String code = mapping.code(field, v);
			code = code != null ? code : CodedValues.suggest(field, v);
			if (code == null || code.isEmpty()) {
				errors.add(new ImportRow.Problem(ref(field), say("moving.problem.code", v)));
				return null;
			}
			return code;
		}

		ImportRow.Problem problem(Field field, CellProblem p) {
			return new ImportRow.Problem(ref(field), say(p.messageKey(), p.cell()));
		}

		String ref(Field field) {
			Integer column = mapping.column(field);
			return column == null ? messages.getMessage(field.labelKey(), null, field.name(), JA)
					: CellReference.convertNumToColString(column) + rowNumber;
		}

	}

}

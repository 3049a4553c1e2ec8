package jp.kyoten.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

import jp.kyoten.agency.Agencies;
import jp.kyoten.agency.AgencyView;
import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.directory.Companies;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.contact.ContactPerson;
import jp.kyoten.platform.tenancy.ActingUser;

/**
 * Hands a need to the agencies the company chose on its selection sheet (取り繋ぎ).
 * Impossible without a recorded choice: the sheet, at least one agency on it, who chose,
 * how and when. Each hand-off stores the snapshot of the company's and contact's data
 * given to that agency and is written to the audit log as a provision to a third party
 * (個人情報保護法 第三者提供の記録). The need moves to 取り繋ぎ済.
 */
@Service
class HandOffNeed {

	private final Clock clock;

	/** One created hand-off: the API answers these. */
	public record Created(long id, long agencyId) {
	}

	static final int NAME_MAX = 100;

	private final RegisterNeed register;

	private final TalentNeedRepository needs;

	private final HandOffRepository handOffs;

	private final Agencies agencies;

	private final NeedHistory history;

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final AuditTrail audit;

	private final Companies companies;

	HandOffNeed(RegisterNeed register, TalentNeedRepository needs, HandOffRepository handOffs, Agencies agencies,
			NeedHistory history, JdbcClient jdbc, ObjectMapper json, AuditTrail audit, Clock clock,
			Companies companies) {
		this.companies = companies;
		this.clock = clock;
		this.register = register;
		this.needs = needs;
		this.handOffs = handOffs;
		this.agencies = agencies;
		this.history = history;
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
	}

	/**
	 * @return one hand-off per chosen agency, in agency-id order
	 * @throws BusinessRuleException without a complete choice, for an agency not on the
	 * sheet or already handed the need, or for a closed need
	 * @throws RecordNotFoundException when the need or sheet is not the hub's
	 */
	@Transactional
	public List<Created> handOff(long needId, CompanyChoice choice) {
		checkChoice(choice);
		TalentNeed need = register.load(needId);
		Long sheetNeed = jdbc.sql("SELECT need_id FROM selection_sheet WHERE id = ?")
			.param(choice.selectionSheetId())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("selection_sheet", choice.selectionSheetId()));
		if (sheetNeed != needId) {
			throw new BusinessRuleException("handOff.sheet.otherNeed");
		}
		Set<Long> onSheet = new TreeSet<>(jdbc.sql("SELECT agency_id FROM selection_sheet_agency WHERE sheet_id = ?")
			.param(choice.selectionSheetId())
			.query(Long.class)
			.list());
		Set<Long> already = new TreeSet<>(
				jdbc.sql("SELECT agency_id FROM handoff WHERE need_id = ?").param(needId).query(Long.class).list());
		List<AgencyView> chosen = new ArrayList<>();
		for (long agencyId : new TreeSet<>(choice.agencyIds())) {
			if (!onSheet.contains(agencyId)) {
				throw new BusinessRuleException("handOff.agency.notOnSheet");
			}
			AgencyView agency = agencies.get(agencyId);
			if (already.contains(agencyId)) {
				throw new BusinessRuleException("handOff.agency.already", agency.name());
			}
			if (!agency.registered()) {
				throw new BusinessRuleException("handOff.agency.notRegistered", agency.name());
			}
			chosen.add(agency);
		}
		String actor = ActingUser.email();
		need.handOff(actor);
		ProvidedData provided = snapshot(need, choice);
		String providedJson = json.writeValueAsString(provided);
		List<Created> created = new ArrayList<>();
		for (AgencyView agency : chosen) {
			HandOff handOff = handOffs.save(HandOff.handedOff(need.getHubId(), needId, need.getCompanyId(), choice,
					agency.id(), providedJson, actor));
			ProgressSteps.write(jdbc, handOff, actor);
			long id = handOff.getId();
			audit.record(AuditAction.EXPORT, "handoff", id,
					"第三者提供: " + provided.companyName() + " の企業情報と担当者 " + provided.contactName() + " の連絡先を "
							+ agency.name() + " へ提供（求人ニーズ " + needId + "、選択: " + choice.chosenBy().strip() + "、"
							+ choice.chosenOn() + "）");
			created.add(new Created(id, agency.id()));
		}
		needs.save(need);
		history.write(need, actor);
		return created;
	}

	private void checkChoice(CompanyChoice choice) {
		if (choice.agencyIds().isEmpty()) {
			throw new BusinessRuleException("handOff.choice.required");
		}
		if (choice.chosenBy() == null || choice.chosenBy().isBlank()) {
			throw new BusinessRuleException("handOff.chosenBy.required");
		}
		if (choice.chosenBy().strip().length() > NAME_MAX) {
			throw new BusinessRuleException("handOff.chosenBy.tooLong", NAME_MAX);
		}
		if (choice.method() == null || choice.chosenOn() == null) {
			throw new BusinessRuleException("handOff.methodAndDate.required");
		}
		if (choice.chosenOn().isAfter(LocalDate.now(clock))) {
			throw new BusinessRuleException("handOff.chosenOn.future");
		}
	}

	/**
	 * The company's data as the directory holds it now, and the need as staff wrote it.
	 * The company's person is the one staff named (else whoever chose); what staff left
	 * blank of their department, e-mail and phone comes from the ledger's contact of that
	 * name, and the phone, failing that, from the company's own number.
	 */
	private ProvidedData snapshot(TalentNeed need, CompanyChoice choice) {
		String contactName = blankToNull(choice.contactName()) == null ? choice.chosenBy().strip()
				: choice.contactName().strip();
		Optional<ContactPerson> known = companies.contactNamed(need.getCompanyId(), contactName);
		String department = firstOf(choice.contactDepartment(), known.map(ContactPerson::department).orElse(null));
		String email = firstOf(choice.contactEmail(), known.map(ContactPerson::email).orElse(null));
		String phone = firstOf(choice.contactPhone(), known.map(ContactPerson::phone).orElse(null));
		return jdbc.sql("""
				SELECT name, postal_code, address, prefecture_code, municipality_code, industry, employees, phone
				  FROM company WHERE id = ?""")
			.param(need.getCompanyId())
			.query((rs, n) -> new ProvidedData(rs.getString("name"), rs.getString("postal_code"),
					rs.getString("address"), rs.getString("prefecture_code"), rs.getString("municipality_code"),
					rs.getString("industry"), (Integer) rs.getObject("employees"), contactName, department, email,
					firstOf(phone, rs.getString("phone")), need.getTitle(), need.getJobCategory().name(),
					need.getEmploymentForm().name(), need.isDigital(), need.isCxo(), need.getDescription(),
					need.getConditions()))
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("company", need.getCompanyId()));
	}

	private static String firstOf(String typed, String recorded) {
		return blankToNull(typed) != null ? blankToNull(typed) : blankToNull(recorded);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}

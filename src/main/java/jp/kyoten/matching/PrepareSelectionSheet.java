package jp.kyoten.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

import jp.kyoten.agency.Agencies;
import jp.kyoten.agency.AgencyView;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.directory.Companies;
import jp.kyoten.directory.CompanyRow;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.ActingUser;

/**
 * Makes a need's selection sheet (事業者選択シート): every registered agency of the hub that fits
 * the need by objective attributes only — status 登録, the need's employment form and job
 * category, the company's prefecture — in an order rotated from sheet to sheet so that no
 * agency is always first. The method and offset are recorded with the sheet, and the need
 * moves to 事業者選定中. Kyoten presents; the company chooses.
 */
@Service
class PrepareSelectionSheet {

	/**
	 * How sheets are ordered; recorded in selection_sheet.ordering with the offset and
	 * the count.
	 */
	static final String METHOD = "ROTATION";

	private final RegisterNeed register;

	private final TalentNeedRepository needs;

	private final Agencies agencies;

	private final Companies companies;

	private final NeedHistory history;

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final AuditTrail audit;

	PrepareSelectionSheet(RegisterNeed register, TalentNeedRepository needs, Agencies agencies, Companies companies,
			NeedHistory history, JdbcClient jdbc, ObjectMapper json, AuditTrail audit) {
		this.register = register;
		this.needs = needs;
		this.agencies = agencies;
		this.companies = companies;
		this.history = history;
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
	}

	/**
	 * @return the new sheet's id
	 * @throws BusinessRuleException when the need is closed, or no registered agency fits
	 * it
	 */
	@Transactional
	public long prepare(long needId) {
		TalentNeed need = register.load(needId);
		CompanyRow company = companies.find(need.getCompanyId())
			.orElseThrow(() -> new RecordNotFoundException("company", need.getCompanyId()));
		String prefecture = company.prefectureCode();
		List<AgencyView> eligible = agencies.eligible(need.getEmploymentForm(), need.getJobCategory(), prefecture);
		String actor = ActingUser.email();
		need.startSelection(actor);
		if (eligible.isEmpty()) {
			throw new BusinessRuleException("sheet.noEligibleAgency");
		}
		int made = jdbc.sql("SELECT count(*) FROM selection_sheet").query(Integer.class).single();
		int offset = made % eligible.size();
		List<AgencyView> ordered = rotate(eligible, offset);
		Map<String, Object> criteria = new LinkedHashMap<>();
		criteria.put("status", "REGISTERED");
		criteria.put("employmentForm", need.getEmploymentForm().name());
		criteria.put("jobCategory", need.getJobCategory().name());
		criteria.put("prefectureCode", prefecture);
		criteria.put("eligibleInIdOrder", eligible.stream().map(AgencyView::id).toList());
		String ordering = METHOD + " offset=" + offset + " of " + eligible.size() + " (sheet no. " + (made + 1)
				+ " of the hub)";
		long sheetId = jdbc.sql("""
				INSERT INTO selection_sheet (hub_id, need_id, ordering, criteria, created_by)
				VALUES (?, ?, ?, ?::jsonb, ?) RETURNING id""")
			.params(need.getHubId(), needId, ordering, json.writeValueAsString(criteria), actor)
			.query(Long.class)
			.single();
		for (int i = 0; i < ordered.size(); i++) {
			jdbc.sql("INSERT INTO selection_sheet_agency (hub_id, sheet_id, agency_id, position) VALUES (?, ?, ?, ?)")
				.params(need.getHubId(), sheetId, ordered.get(i).id(), i + 1)
				.update();
		}
		needs.save(need);
		history.write(need, actor);
		audit.created("selection_sheet", sheetId, "求人ニーズ " + needId + ": 事業者 " + ordered.size() + " 社、" + ordering);
		return sheetId;
	}

	/**
	 * The list starting at {@code offset}, wrapping round: every agency keeps its
	 * neighbours, none is favoured.
	 */
	static <T> List<T> rotate(List<T> list, int offset) {
		List<T> rotated = new ArrayList<>(list.size());
		for (int i = 0; i < list.size(); i++) {
			rotated.add(list.get((offset + i) % list.size()));
		}
		return rotated;
	}

}

package jp.kyoten.matching;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.demo.DemoSeed;

/**
 * A national-level Pro hub's matching (issue 14): a need from one in three of its
 * consultations, each on a selection sheet of the hub's one agency and handed off to it a
 * week after the consultation, and a confirmed placement 35 days after the consultation
 * for one in six (one in four side-job, one in five digital). In a few statements (ADR
 * 249: the demo's bulk path, as the bulk registration of ADR 211), reading the
 * consultations through activity's {@code kpi_consultation} and the agency through
 * agency's {@code kpi_agency} by its name. After activity's compact seed (50), which
 * makes the consultations; the full demo hubs' matching is {@link MatchingDemoData}.
 */
@Component
@Order(55)
class CompactMatchingDemo implements DemoSeed {

	private final JdbcClient jdbc;

	private final Hubs hubs;

	CompactMatchingDemo(JdbcClient jdbc, Hubs hubs) {
		this.jdbc = jdbc;
		this.hubs = hubs;
	}

	@Override
	public void seedCompact(long hubId, String prefectureCode, LocalDate from, LocalDate today) {
		if (hubs.kindOf(hubId) != HubKind.PRO_TALENT) {
			return;
		}
		// the licence number agency's compact seed gives the hub's agency
		long agency = jdbc.sql("""
				SELECT id FROM kpi_agency
				 WHERE hub_id = ? AND status = 'REGISTERED' AND name = ?""")
			.params(hubId, jp.kyoten.hub.Prefectures.name(prefectureCode) + "デモ人材株式会社")
			.query(Long.class)
			.single();
		// bulk path of ADR 211 (ADR 249): the national demo hubs' rows, written once at
		// the
		// first start, no entity per row; nothing else writes them then
		jdbc.sql("""
				INSERT INTO talent_need (hub_id, company_id, consultation_id, title, job_category, employment_form,
				                         digital, referral_institution_id, referral_source, status)
				SELECT hub_id, company_id, id, '専門人材（デモ）',
				       (ARRAY['SALES','PRODUCTION','ENGINEERING','FINANCE','MARKETING','CORPORATE_PLANNING',
				              'IT_ENGINEER','HR'])[1 + id % 8],
				       CASE WHEN id % 4 = 0 THEN 'SIDE_JOB' ELSE 'FULL_TIME' END, id % 5 = 0,
				       referral_institution_id, referral_source,
				       CASE WHEN id % 6 = 0 AND consulted_on + 35 <= :today THEN 'PLACED' ELSE 'HANDED_OFF' END
				  FROM kpi_consultation WHERE hub_id = :hub AND id % 3 = 0""")
			.param("hub", hubId)
			.param("today", Date.valueOf(today))
			.update();
		jdbc.sql("""
				INSERT INTO selection_sheet (hub_id, need_id, ordering, criteria)
				SELECT hub_id, id, 'ROTATION 0', '{}'::jsonb FROM talent_need WHERE hub_id = ?""")
			.param(hubId)
			.update();
		jdbc.sql("""
				INSERT INTO selection_sheet_agency (hub_id, sheet_id, agency_id, position)
				SELECT hub_id, id, ?, 1 FROM selection_sheet WHERE hub_id = ?""").params(agency, hubId).update();
		jdbc.sql(
				"""
						INSERT INTO handoff (hub_id, need_id, company_id, selection_sheet_id, agency_id, chosen_by, choice_method,
						                     chosen_on, provided_data, status)
						SELECT n.hub_id, n.id, n.company_id, s.id, ?, '代表取締役', 'IN_PERSON', c.consulted_on + 7, '{}'::jsonb,
						       CASE WHEN n.status = 'PLACED' THEN 'PLACED' ELSE 'HANDED_OFF' END
						  FROM talent_need n JOIN selection_sheet s ON s.need_id = n.id
						  JOIN kpi_consultation c ON c.id = n.consultation_id
						 WHERE n.hub_id = ? AND c.consulted_on + 7 <= ?""")
			.params(agency, hubId, Date.valueOf(today))
			.update();
		jdbc.sql(
				"""
						INSERT INTO placement (hub_id, handoff_id, agency_id, need_id, company_id, contract_date, employment_form,
						                       residence_before_pref, residence_after_pref, fee, confirmed, confirmed_at)
						SELECT h.hub_id, h.id, h.agency_id, h.need_id, h.company_id, c.consulted_on + 35, n.employment_form,
						       CASE WHEN n.id % 3 = 0 THEN '13' ELSE ? END, ?, 1000000, true, now()
						  FROM handoff h JOIN talent_need n ON n.id = h.need_id JOIN kpi_consultation c ON c.id = n.consultation_id
						 WHERE h.hub_id = ? AND n.status = 'PLACED'""")
			.params(prefectureCode, prefectureCode, hubId)
			.update();
	}

}

package jp.kyoten.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.kyoten.activity.Channel;
import jp.kyoten.activity.ManagementIssue;
import jp.kyoten.activity.NewConsultation;
import jp.kyoten.activity.RecordConsultation;
import jp.kyoten.activity.Referral;
import jp.kyoten.activity.ReferralSource;
import jp.kyoten.agency.EmploymentForm;
import jp.kyoten.agency.JobCategory;
import jp.kyoten.hub.Hubs;

/**
 * A year and a half of the hub's core work, so that the dashboard and the monthly report are alive on the first
 * start: from 1 April of the previous fiscal year to today, about a dozen consultations a month (some follow-ups,
 * some referred by the hub's banks), needs born from a third of the new ones, selection sheets of three registered
 * agencies, the company's choice, and placements (confirmed when older than two weeks). Consultations go through the
 * activity module's {@link RecordConsultation}; needs, sheets, hand-offs and placements are written as rows, as the
 * matching module's own use cases would leave them. The same every fresh start (seeded by the hub's id), relative to
 * today. Runs after the directory and registry demo data (the companies, institutions and agencies it uses).
 */
@Component
class ReportingDemoData implements DemoHubData {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	static final List<String> TITLES = List.of("生産管理責任者（工場長候補）", "営業部長候補", "DX推進リーダー", "経理・財務責任者",
			"新商品開発マネージャー", "人事制度の設計（副業）", "ECサイト運営・マーケティング", "品質保証課長", "経営企画室長", "物流改善の専門家（顧問）");

	static final List<String> FROM_PREFECTURES = List.of("13", "13", "14", "27", "40", "40", "23", "01", "43", "43");

	private final RecordConsultation consultations;

	private final JdbcClient jdbc;

	ReportingDemoData(RecordConsultation consultations, JdbcClient jdbc) {
		this.consultations = consultations;
		this.jdbc = jdbc;
	}

	@Override
	public void seed(long hubId, String prefectureCode, int count) {
		List<Long> companies = jdbc.sql("SELECT id FROM company WHERE hub_id = ? ORDER BY id LIMIT 150")
			.param(hubId)
			.query(Long.class)
			.list();
		List<Map<String, Object>> institutions = jdbc.sql("SELECT id, kind FROM support_institution WHERE hub_id = ?")
			.param(hubId)
			.query()
			.listOfRows();
		List<Long> agencies = jdbc
			.sql("SELECT id FROM recruitment_agency WHERE hub_id = ? AND status = 'REGISTERED' ORDER BY id")
			.param(hubId)
			.query(Long.class)
			.list();
		if (companies.isEmpty() || agencies.isEmpty()) {
			return;
		}
		Random random = new Random(hubId * 31);
		LocalDate today = LocalDate.now(TOKYO);
		LocalDate from = LocalDate.of(Hubs.fiscalYearOf(today) - 1, 4, 1);
		List<long[]> recent = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
			if (day.getDayOfWeek().getValue() >= 6 || random.nextInt(10) >= 6) {
				continue;
			}
			long company = companies.get(random.nextInt(companies.size()));
			Long followUpOf = null;
			if (!recent.isEmpty() && random.nextInt(4) == 0) {
				long[] earlier = recent.get(random.nextInt(recent.size()));
				company = earlier[0];
				followUpOf = earlier[1];
			}
			Referral referral = referral(random, institutions);
			long consultation = consultations.record(NewConsultation.of(company, day,
					Channel.values()[random.nextInt(Channel.values().length)], referral, issues(random),
					"人材に関する相談（デモ）", followUpOf));
			recent.add(new long[] { company, consultation });
			if (recent.size() > 30) {
				recent.remove(0);
			}
			if (followUpOf == null && random.nextInt(3) == 0) {
				need(hubId, prefectureCode, consultation, day, today, agencies, random);
			}
		}
	}

	private void need(long hubId, String prefecture, long consultation, LocalDate day, LocalDate today,
			List<Long> agencies, Random random) {
		boolean sideJob = random.nextInt(3) == 0;
		EmploymentForm form = sideJob ? EmploymentForm.SIDE_JOB
				: random.nextInt(6) == 0 ? EmploymentForm.ADVISOR : EmploymentForm.FULL_TIME;
		JobCategory category = JobCategory.values()[random.nextInt(JobCategory.values().length)];
		boolean digital = category == JobCategory.IT_ENGINEER || random.nextInt(6) == 0;
		LocalDate handedOff = day.plusDays(7 + random.nextInt(21));
		LocalDate contract = handedOff.plusDays(20 + random.nextInt(60));
		boolean handOff = random.nextInt(10) < 7 && handedOff.isBefore(today);
		boolean placed = handOff && random.nextInt(10) < 6 && contract.isBefore(today);
		String status = placed ? "PLACED" : handOff ? "HANDED_OFF" : "DEFINED";
		long need = jdbc.sql("""
				INSERT INTO talent_need (hub_id, company_id, consultation_id, title, job_category, employment_form,
				                         digital, cxo, referral_institution_id, referral_source, status, created_at,
				                         status_changed_at, created_by)
				SELECT hub_id, company_id, id, ?, ?, ?, ?, ?, referral_institution_id, referral_source, ?, ?, ?, 'demo'
				  FROM consultation WHERE id = ? RETURNING id""")
			.params(TITLES.get(random.nextInt(TITLES.size())), category.name(), form.name(), digital,
					random.nextInt(8) == 0, status, noon(day.plusDays(2)), noon(day.plusDays(2)), consultation)
			.query(Long.class)
			.single();
		if (!handOff) {
			return;
		}
		int offset = random.nextInt(agencies.size());
		long sheet = jdbc.sql("""
				INSERT INTO selection_sheet (hub_id, need_id, ordering, criteria, created_at, created_by)
				VALUES (?, ?, ?, ?::jsonb, ?, 'demo') RETURNING id""")
			.params(hubId, need, "ROTATION " + offset,
					"{\"employmentForm\":\"" + form + "\",\"jobCategory\":\"" + category + "\"}",
					noon(handedOff.minusDays(3)))
			.query(Long.class)
			.single();
		int shown = Math.min(3, agencies.size());
		for (int i = 0; i < shown; i++) {
			jdbc.sql("INSERT INTO selection_sheet_agency (hub_id, sheet_id, agency_id, position) VALUES (?, ?, ?, ?)")
				.params(hubId, sheet, agencies.get((offset + i) % agencies.size()), i + 1)
				.update();
		}
		long agency = agencies.get((offset + random.nextInt(shown)) % agencies.size());
		long handoff = jdbc.sql("""
				INSERT INTO handoff (hub_id, need_id, company_id, selection_sheet_id, agency_id, chosen_by,
				                     choice_method, chosen_on, status, provided_data, provided_by)
				SELECT hub_id, id, company_id, ?, ?, '代表取締役', ?, ?, ?,
				       jsonb_build_object('company', company_id, 'need', title), 'demo'
				  FROM talent_need WHERE id = ? RETURNING id""")
			.params(sheet, agency, random.nextBoolean() ? "IN_PERSON" : "EMAIL", Date.valueOf(handedOff),
					placed ? "PLACED" : "IN_SELECTION", need)
			.query(Long.class)
			.single();
		if (!placed) {
			return;
		}
		String before = FROM_PREFECTURES.get(random.nextInt(FROM_PREFECTURES.size()));
		boolean confirmed = contract.isBefore(today.minusDays(14));
		jdbc.sql("""
				INSERT INTO placement (hub_id, handoff_id, agency_id, need_id, company_id, contract_date, start_date,
				                       employment_form, residence_before_pref, residence_after_pref, fee,
				                       reported_by, reported_by_agency, confirmed, confirmed_at, confirmed_by)
				SELECT hub_id, id, agency_id, need_id, company_id, ?, ?, ?, ?, ?, ?, 'demo', true, ?, ?, ?
				  FROM handoff WHERE id = ?""")
			.params(Date.valueOf(contract), Date.valueOf(contract.plusDays(30)), form.name(), before,
					sideJob && random.nextBoolean() ? before : prefecture,
					sideJob ? 300_000L + random.nextInt(5) * 100_000L : 1_000_000L + random.nextInt(10) * 150_000L,
					confirmed, confirmed ? noon(contract.plusDays(5)) : null, confirmed ? "demo" : null, handoff)
			.update();
	}

	private static Referral referral(Random random, List<Map<String, Object>> institutions) {
		int roll = random.nextInt(10);
		if (roll < 4 && !institutions.isEmpty()) {
			return Referral.institution(((Number) institutions.get(random.nextInt(institutions.size())).get("id"))
				.longValue());
		}
		return Referral.source(ReferralSource.values()[roll % ReferralSource.values().length]);
	}

	private static Set<ManagementIssue> issues(Random random) {
		Set<ManagementIssue> issues = EnumSet.of(ManagementIssue.RECRUITMENT);
		if (random.nextBoolean()) {
			issues.add(ManagementIssue.values()[random.nextInt(ManagementIssue.values().length)]);
		}
		return issues;
	}

	private static Timestamp noon(LocalDate day) {
		return Timestamp.from(day.atTime(12, 0).atZone(TOKYO).toInstant());
	}

}

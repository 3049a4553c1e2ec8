package jp.kyoten.matching;

import java.sql.Date;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

import jp.kyoten.activity.Referral;
import jp.kyoten.agency.Agencies;
import jp.kyoten.agency.AgencyStatus;
import jp.kyoten.agency.AgencyView;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.directory.JapaneseText;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.ActingUser;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;

/**
 * Matching's API for a hub bringing its list of past placements in (moving in, ADR 243).
 * A placement of the hub's records is written as the chain the KPI rules count (KPIs
 * 2–5): a need born of the company's consultation (its referral route inherited, KPI 4;
 * its digital flag, KPI 3), a selection sheet and a hand-off to the one agency the
 * records name, both marked as imported from the hub's records
 * ({@code selection_sheet.imported}, {@code handoff.imported_from}), and the placement,
 * confirmed — it counts in the fiscal year of its contract date exactly as one staff
 * confirmed. The agency is one of the hub's registered agencies, found by licence number
 * or name; the system never picks one. The imported sheet shows no agency order and stays
 * out of the fairness report ({@code kpi_selection_place}, V255). Taken back as a whole
 * while nobody changed any part of the chain and nothing refers to it.
 */
@Service
@Transactional
public class ImportedPlacements {

	/**
	 * The ordering a selection sheet of the hub's records is marked with: no order was
	 * shown in Kyoten.
	 */
	static final String IMPORTED_ORDERING = "IMPORTED";

	/**
	 * Who chose, on a hand-off of the hub's records: the records say only which agency
	 * placed the talent.
	 */
	static final String CHOSEN_BY = "拠点の記録（取込）";

	/** Why a list's agency is not one a placement can be imported for. */
	public enum AgencyProblem {

		/** no agency of the hub has this licence number or name */
		UNKNOWN,
		/** the agency is the hub's but not registered (申請中, 停止, 取消) */
		NOT_REGISTERED,
		/**
		 * several agencies of the hub have this name, and no licence number tells them
		 * apart
		 */
		SEVERAL

	}

	/**
	 * An agency as a list names it: the agency found, or why not (with the status of an
	 * unregistered one).
	 */
	public record AgencyMatch(Long agencyId, String agencyName, AgencyProblem problem, AgencyStatus status) {

		public boolean found() {
			return agencyId != null;
		}

	}

	/**
	 * The hub's agencies, read once for a file, to match a list's agency names and
	 * licence numbers against.
	 */
	public static final class AgencyDirectory {

		private final Map<String, AgencyView> byLicence = new HashMap<>();

		private final Map<String, List<AgencyView>> byName = new HashMap<>();

		AgencyDirectory(List<AgencyView> agencies) {
			for (AgencyView a : agencies) {
				byLicence.put(licenceKey(a.licenceNumber()), a);
				byName.computeIfAbsent(JapaneseText.normalize(a.name()), k -> new ArrayList<>()).add(a);
			}
		}

		/**
		 * The agency of a licence number (有料職業紹介事業 許可番号, widths and dashes folded), else
		 * of the name (the directory's normaliser: 株式会社 before or after, widths); only a
		 * registered one is found.
		 */
		public AgencyMatch match(String name, String licenceNumber) {
			AgencyView agency = licenceNumber == null ? null : byLicence.get(licenceKey(licenceNumber));
			if (agency == null && name != null) {
				List<AgencyView> named = byName.getOrDefault(JapaneseText.normalize(name), List.of());
				if (named.size() > 1) {
					List<AgencyView> registered = named.stream().filter(AgencyView::registered).toList();
					if (registered.size() != 1) {
						return new AgencyMatch(null, name, AgencyProblem.SEVERAL, null);
					}
					agency = registered.getFirst();
				}
				else if (named.size() == 1) {
					agency = named.getFirst();
				}
			}
			if (agency == null) {
				return new AgencyMatch(null, name != null ? name : licenceNumber, AgencyProblem.UNKNOWN, null);
			}
			if (!agency.registered()) {
				return new AgencyMatch(null, agency.name(), AgencyProblem.NOT_REGISTERED, agency.status());
			}
			return new AgencyMatch(agency.id(), agency.name(), null, agency.status());
		}

		private static String licenceKey(String licence) {
			return Normalizer.normalize(licence, Normalizer.Form.NFKC)
				.replaceAll("[\\s\\-‐－ー―−]", "")
				.toUpperCase(Locale.ROOT);
		}

	}

	/**
	 * A placement of the hub's records: the consultation the need was born of (with its
	 * day and referral route), the need as the list describes it, the agency, the day the
	 * need was learned and handed off (null: the contract date), the contract date (成約日,
	 * which decides the fiscal year), start date and fee.
	 */
	public record Imported(long consultationId, LocalDate consultedOn, Referral referral, long companyId,
			NeedDetails need, LocalDate learnedOn, long agencyId, LocalDate handedOffOn, LocalDate contractDate,
			LocalDate startDate, Long fee) {
	}

	/**
	 * What {@link #placeAll} wrote for one placement: undo takes it back by the
	 * placement's id.
	 */
	public record Placed(long placementId, long needId, long handOffId) {
	}

	private final Agencies agencies;

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	ImportedPlacements(Agencies agencies, JdbcClient jdbc, ObjectMapper json, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
		this.events = events;
	}

	/** The hub's agencies, to match a file's agency cells against (one statement). */
	@Transactional(readOnly = true)
	public AgencyDirectory agencies() {
		return new AgencyDirectory(agencies.all());
	}

	/**
	 * Writes the placements, a few statements for the whole list: ids first, then needs,
	 * their status history, sheets, the sheets' one agency, hand-offs, their progress and
	 * the confirmed placements. One audit entry for the list, and
	 * {@link PlacementConfirmed} for each month it touches (the national figures recount
	 * those months).
	 * @throws BusinessRuleException when an agency is not registered or the days are out
	 * of order (the caller checks both first, so that a row is refused with its reason)
	 */
	public List<Placed> placeAll(List<Imported> list, String auditSummary) {
		int n = list.size();
		if (n == 0) {
			return List.of();
		}
		long hubId = HubScope.require();
		String actor = actingEmail();
		Set<Long> agencyIds = new HashSet<>();
		for (Imported p : list) {
			check(p);
			agencyIds.add(p.agencyId());
		}
		List<Long> registered = jdbc.sql("SELECT id FROM kpi_agency WHERE id = ANY(?) AND status = 'REGISTERED'")
			.param(agencyIds.toArray(Long[]::new))
			.query(Long.class)
			.list();
		if (registered.size() != agencyIds.size()) {
			throw new BusinessRuleException("placement.import.agencyNotRegistered");
		}
		Long[] need = ids("talent_need", n), sheet = ids("selection_sheet", n), handOff = ids("handoff", n),
				placement = ids("placement", n);
		Long[] company = new Long[n], consultation = new Long[n], agency = new Long[n], institution = new Long[n],
				fee = new Long[n];
		String[] title = new String[n], category = new String[n], form = new String[n], source = new String[n],
				description = new String[n], conditions = new String[n], provided = new String[n];
		Boolean[] digital = new Boolean[n], cxo = new Boolean[n];
		Timestamp[] learnedAt = new Timestamp[n], placedAt = new Timestamp[n];
		Date[] handedOn = new Date[n], contract = new Date[n], start = new Date[n];
		Map<Long, ProvidedCompany> companies = companies(list);
		for (int i = 0; i < n; i++) {
			Imported p = list.get(i);
			NeedDetails d = p.need();
			company[i] = p.companyId();
			consultation[i] = p.consultationId();
			agency[i] = p.agencyId();
			Referral referral = p.referral() == null ? Referral.NONE : p.referral();
			institution[i] = referral.institutionId();
			source[i] = referral.source() == null ? null : referral.source().name();
			title[i] = d.title().strip();
			category[i] = d.jobCategory().name();
			form[i] = d.employmentForm().name();
			digital[i] = d.digital();
			cxo[i] = d.cxo();
			description[i] = d.description();
			conditions[i] = d.conditions();
			LocalDate handed = handedOffOn(p);
			learnedAt[i] = noon(p.learnedOn() != null ? p.learnedOn() : handed);
			placedAt[i] = noon(p.contractDate());
			handedOn[i] = Date.valueOf(handed);
			contract[i] = Date.valueOf(p.contractDate());
			start[i] = p.startDate() == null ? null : Date.valueOf(p.startDate());
			fee[i] = p.fee();
			ProvidedCompany c = companies.get(p.companyId());
			provided[i] = json.writeValueAsString(new ProvidedData(c.name(), c.postalCode(), c.address(),
					c.prefectureCode(), c.municipalityCode(), c.industry(), c.employees(), null, null, null, c.phone(),
					title[i], category[i], form[i], d.digital(), d.cxo(), d.description(), d.conditions()));
		}
		jdbc.sql(
				"""
						INSERT INTO talent_need (id, hub_id, company_id, consultation_id, title, job_category, employment_form,
						                         digital, cxo, referral_institution_id, referral_source, description, conditions,
						                         status, status_changed_at, created_at, created_by, updated_at, updated_by)
						OVERRIDING SYSTEM VALUE
						SELECT id, ?, company_id, consultation_id, title, job_category, employment_form, digital, cxo, institution,
						       source, description, conditions, 'PLACED', placed_at, learned_at, ?, now(), ?
						  FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::boolean[],
						              ?::boolean[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::timestamptz[],
						              ?::timestamptz[])
						    AS t(id, company_id, consultation_id, title, job_category, employment_form, digital, cxo, institution,
						         source, description, conditions, placed_at, learned_at)""")
			.params(hubId, actor, actor, need, company, consultation, title, category, form, digital, cxo, institution,
					source, description, conditions, placedAt, learnedAt)
			.update();
		String note = auditSummary + "（拠点の記録から）";
		jdbc.sql(
				"""
						INSERT INTO talent_need_status_history (hub_id, need_id, from_status, to_status, reason, changed_at,
						                                        changed_by)
						SELECT ?, id, NULL, 'PLACED', ?, placed_at, ? FROM unnest(?::bigint[], ?::timestamptz[]) AS t(id, placed_at)""")
			.params(hubId, note, actor, need, placedAt)
			.update();
		String criteria = json.writeValueAsString(Map.of("importedFrom", auditSummary));
		jdbc.sql("""
				INSERT INTO selection_sheet (id, hub_id, need_id, ordering, criteria, created_at, created_by, imported)
				OVERRIDING SYSTEM VALUE
				SELECT id, ?, need_id, ?, ?::jsonb, learned_at, ?, true
				  FROM unnest(?::bigint[], ?::bigint[], ?::timestamptz[]) AS t(id, need_id, learned_at)""")
			.params(hubId, IMPORTED_ORDERING, criteria, actor, sheet, need, learnedAt)
			.update();
		jdbc.sql("""
				INSERT INTO selection_sheet_agency (hub_id, sheet_id, agency_id, position)
				SELECT ?, sheet_id, agency_id, 1 FROM unnest(?::bigint[], ?::bigint[]) AS t(sheet_id, agency_id)""")
			.params(hubId, sheet, agency)
			.update();
		jdbc.sql("""
				INSERT INTO handoff (id, hub_id, need_id, company_id, selection_sheet_id, agency_id, chosen_by,
				                     choice_method, chosen_on, status, status_changed_at, provided_data, provided_by,
				                     imported_from)
				OVERRIDING SYSTEM VALUE
				SELECT id, ?, need_id, company_id, sheet_id, agency_id, ?, 'PAPER', chosen_on, 'PLACED', placed_at,
				       provided::jsonb, ?, ?
				  FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::date[],
				              ?::timestamptz[], ?::text[])
				    AS t(id, need_id, company_id, sheet_id, agency_id, chosen_on, placed_at, provided)""")
			.params(hubId, CHOSEN_BY, actor, auditSummary, handOff, need, company, sheet, agency, handedOn, placedAt,
					provided)
			.update();
		jdbc.sql("""
				INSERT INTO handoff_progress (hub_id, handoff_id, agency_id, status, note, recorded_by)
				SELECT ?, handoff_id, agency_id, s.status, ?, ?
				  FROM unnest(?::bigint[], ?::bigint[]) AS t(handoff_id, agency_id)
				  CROSS JOIN (VALUES (1, 'HANDED_OFF'), (2, 'PLACED')) AS s(step, status)
				 ORDER BY handoff_id, s.step""").params(hubId, note, actor, handOff, agency).update();
		jdbc.sql(
				"""
						INSERT INTO placement (id, hub_id, handoff_id, agency_id, need_id, company_id, contract_date, start_date,
						                       employment_form, fee, reported_by, reported_by_agency, confirmed, confirmed_at,
						                       confirmed_by)
						OVERRIDING SYSTEM VALUE
						SELECT id, ?, handoff_id, agency_id, need_id, company_id, contract_date, start_date, employment_form, fee,
						       ?, false, true, now(), ?
						  FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::date[], ?::date[],
						              ?::text[], ?::bigint[])
						    AS t(id, handoff_id, agency_id, need_id, company_id, contract_date, start_date, employment_form, fee)""")
			.params(hubId, actor, actor, placement, handOff, agency, need, company, contract, start, form, fee)
			.update();
		audit.created("placement", placement[0],
				auditSummary + ": 成約 " + n + "件（拠点の記録から、ID " + placement[0] + "〜" + placement[n - 1] + "、確認済み）");
		Map<YearMonth, Integer> months = new LinkedHashMap<>();
		List<Placed> placed = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			months.putIfAbsent(YearMonth.from(list.get(i).contractDate()), i);
			placed.add(new Placed(placement[i], need[i], handOff[i]));
		}
		// one event per month touched: what the national recount needs to know, not one
		// per placement
		months.values()
			.forEach(i -> events.publishEvent(
					new PlacementConfirmed(hubId, placement[i], need[i], company[i], list.get(i).contractDate())));
		return placed;
	}

	/**
	 * Takes imported placements back, each with its need, sheet and hand-off, in a few
	 * statements for all of them — while every part of each chain is as the import left
	 * it (version 0: nobody confirmed, reported joining, revised the need or moved the
	 * hand-off since).
	 * @return empty when all were taken back; else the first placement whose chain was
	 * changed since (nothing deleted)
	 * @throws DataIntegrityViolationException when something refers to one of them (a
	 * success story, another hand-off of the need): the caller's transaction then fails
	 * whole
	 */
	public Optional<Long> withdrawAll(List<Long> placementIds) {
		if (placementIds.isEmpty()) {
			return Optional.empty();
		}
		Long[] ids = placementIds.toArray(Long[]::new);
		List<Long> touched = jdbc.sql("""
				SELECT t.id FROM unnest(?::bigint[]) WITH ORDINALITY AS t(id, ord)
				 WHERE NOT EXISTS (SELECT 1 FROM placement p
				                     JOIN handoff h ON h.id = p.handoff_id
				                     JOIN talent_need n ON n.id = p.need_id
				                    WHERE p.id = t.id AND p.version = 0 AND h.version = 0 AND n.version = 0
				                      AND h.imported_from IS NOT NULL)
				 ORDER BY t.ord LIMIT 1""").param(ids).query(Long.class).list();
		if (!touched.isEmpty()) {
			return Optional.of(touched.getFirst());
		}
		List<Long[]> chain = jdbc.sql("DELETE FROM placement WHERE id = ANY(?) RETURNING handoff_id, need_id")
			.param(ids)
			.query((rs, i) -> new Long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		Long[] handOffs = chain.stream().map(c -> c[0]).toArray(Long[]::new);
		Long[] needs = chain.stream().map(c -> c[1]).toArray(Long[]::new);
		jdbc.sql("DELETE FROM handoff_progress WHERE handoff_id = ANY(?)").param(handOffs).update();
		Long[] sheets = jdbc.sql("DELETE FROM handoff WHERE id = ANY(?) RETURNING selection_sheet_id")
			.param(handOffs)
			.query(Long.class)
			.list()
			.toArray(Long[]::new);
		jdbc.sql("DELETE FROM selection_sheet_agency WHERE sheet_id = ANY(?)").param(sheets).update();
		jdbc.sql("DELETE FROM selection_sheet WHERE id = ANY(?)").param(sheets).update();
		jdbc.sql("DELETE FROM talent_need_status_history WHERE need_id = ANY(?)").param(needs).update();
		jdbc.sql("DELETE FROM talent_need WHERE id = ANY(?)").param(needs).update();
		audit.deleted("placement", ids[0], "取込の取消: 成約 " + ids.length + "件（求人ニーズ・取り繋ぎとともに）");
		return Optional.empty();
	}

	private static void check(Imported p) {
		LocalDate handed = handedOffOn(p);
		if (p.need().title() == null || p.need().title().isBlank() || p.need().jobCategory() == null
				|| p.need().employmentForm() == null || p.contractDate() == null) {
			throw new BusinessRuleException("placement.contractDateAndForm.required");
		}
		LocalDate learned = p.learnedOn() != null ? p.learnedOn() : handed;
		if (learned.isBefore(p.consultedOn()) || handed.isBefore(learned) || p.contractDate().isBefore(handed)) {
			throw new BusinessRuleException("placement.contractDate.beforeHandOff", handed);
		}
		if (p.startDate() != null && p.startDate().isBefore(p.contractDate())) {
			throw new BusinessRuleException("placement.startDate.beforeContract");
		}
		if (p.fee() != null && p.fee() < 0) {
			throw new BusinessRuleException("placement.fee.negative");
		}
	}

	private static LocalDate handedOffOn(Imported p) {
		return p.handedOffOn() != null ? p.handedOffOn() : p.contractDate();
	}

	private static Timestamp noon(LocalDate day) {
		return Timestamp.from(day.atTime(LocalTime.NOON).atZone(HubTime.ZONE).toInstant());
	}

	private Long[] ids(String table, int n) {
		return jdbc.sql("SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)")
			.params(table, n)
			.query(Long.class)
			.list()
			.toArray(Long[]::new);
	}

	/**
	 * The company's data the hand-off's record of provision names, as for a hand-off made
	 * in Kyoten.
	 */
	private record ProvidedCompany(String name, String postalCode, String address, String prefectureCode,
			String municipalityCode, String industry, Integer employees, String phone) {
	}

	private Map<Long, ProvidedCompany> companies(List<Imported> list) {
		Map<Long, ProvidedCompany> m = new HashMap<>();
		jdbc.sql("""
				SELECT id, name, postal_code, address, prefecture_code, municipality_code, industry, employees, phone
				  FROM company WHERE id = ANY(?)""")
			.param(list.stream().map(Imported::companyId).distinct().toArray(Long[]::new))
			.query((rs, i) -> m.put(rs.getLong(1),
					new ProvidedCompany(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
							rs.getString(6), rs.getString(7), (Integer) rs.getObject(8), rs.getString(9))))
			.list();
		return m;
	}

	private static String actingEmail() {
		return ActingUser.email();
	}

}

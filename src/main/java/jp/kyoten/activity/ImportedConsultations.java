package jp.kyoten.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.identity.StaffMember;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.tenancy.ActingUser;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Activity's API for a hub bringing its consultation log in (moving in): a 継続相談 of the
 * log continues the company's latest consultation up to its date (so that KPI 1 counts it
 * once, as it does for one typed in), and an imported consultation can be taken back
 * while nobody has changed it and nothing refers to it.
 */
@Service
@Transactional
public class ImportedConsultations {

	private final RecordConsultation record;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final UserAccounts accounts;

	private final ApplicationEventPublisher events;

	ImportedConsultations(RecordConsultation record, JdbcClient jdbc, AuditTrail audit, UserAccounts accounts,
			ApplicationEventPublisher events) {
		this.record = record;
		this.jdbc = jdbc;
		this.audit = audit;
		this.accounts = accounts;
		this.events = events;
	}

	/**
	 * Records it as typed in would be ({@link RecordConsultation#record}), answering its
	 * id.
	 */
	public long record(NewConsultation consultation) {
		return record.record(consultation);
	}

	/**
	 * A consultation of a log to record among many: {@code continuesLatest} for a 継続相談,
	 * which continues the company's latest consultation dated on or before its day — one
	 * recorded before, or one earlier in the same list.
	 */
	public record Imported(NewConsultation consultation, boolean continuesLatest) {
	}

	/**
	 * Consultations of the list that cannot be recorded, by their index in the list, with
	 * the message key of the reason; nothing of the list was written.
	 */
	public static final class Refused extends RuntimeException {

		private final Map<Integer, String> reasons;

		Refused(Map<Integer, String> reasons) {
			super("refused: " + reasons, null, false, false);
			this.reasons = Map.copyOf(reasons);
		}

		public Map<Integer, String> reasons() {
			return reasons;
		}

	}

	/**
	 * Records many consultations as {@link #record} records one — the same rules (a
	 * follow-up continues an earlier consultation of the same company, dated on or before
	 * it; a named staff member must be the hub's staff; without one, the person acting) —
	 * in a few statements: one to find what each 継続相談 continues, one to insert them all,
	 * one audit entry, and one {@link ConsultationRecorded} (for the last of them: its
	 * listeners refresh the hub's figures, which a batch needs once). Answers their ids,
	 * in order.
	 * @throws Refused before anything is written, when a 継続相談 has nothing to continue or
	 * a staff member is not the hub's staff
	 */
	public List<Long> recordAll(List<Imported> list, String auditSummary) {
		if (list.isEmpty()) {
			return List.of();
		}
		long hubId = HubScope.require();
		Map<Long, String> staffNames = new HashMap<>();
		accounts.membersOf(hubId)
			.stream()
			.filter(StaffMember::isStaff)
			.forEach(m -> staffNames.put(m.id(), m.displayName()));
		Long actingUser = ActingUser.userId();
		String actor = ActingUser.email();
		int n = list.size();
		Long[] followUpOf = earlierOf(list);
		Map<Integer, String> refused = new TreeMap<>();
		Long[] staff = new Long[n];
		for (int i = 0; i < n; i++) {
			NewConsultation c = list.get(i).consultation();
			if (list.get(i).continuesLatest() && followUpOf[i] == null) {
				refused.put(i, "consultation.followUp.nothingEarlier");
			}
			staff[i] = c.staffUserId() != null ? c.staffUserId()
					: actingUser != null && staffNames.containsKey(actingUser) ? actingUser : null;
			if (staff[i] != null && !staffNames.containsKey(staff[i])) {
				refused.put(i, "consultation.staff.notStaff");
			}
			if (c.summary() == null || c.summary().isBlank()) {
				refused.put(i, "consultation.summary.required");
			}
			if (c.date() == null || c.channel() == null) {
				refused.put(i, "consultation.dateAndChannel.required");
			}
		}
		if (!refused.isEmpty()) {
			throw new Refused(refused);
		}
		List<Long> reserved = jdbc
			.sql("SELECT nextval(pg_get_serial_sequence('consultation', 'id')) FROM generate_series(1, ?)")
			.param(n)
			.query(Long.class)
			.list();
		Long[] ids = reserved.toArray(Long[]::new);
		Long[] company = new Long[n], contact = new Long[n], earlier = new Long[n];
		// dates as ISO text, cast in SQL: the driver sends arrays of text and numbers,
		// not of dates
		String[] date = new String[n], followUpOn = new String[n];
		String[] channel = new String[n], source = new String[n], issues = new String[n], summary = new String[n],
				contactName = new String[n], staffName = new String[n], nextAction = new String[n],
				originLabel = new String[n], originPath = new String[n];
		Long[] institution = new Long[n];
		for (int i = 0; i < n; i++) {
			NewConsultation c = list.get(i).consultation();
			company[i] = c.companyId();
			date[i] = c.date().toString();
			channel[i] = c.channel().name();
			institution[i] = c.referral().institutionId();
			source[i] = c.referral().source() == null ? null : c.referral().source().name();
			issues[i] = String.join(",", c.issues().stream().map(Enum::name).sorted().toList());
			summary[i] = c.summary().strip();
			// a follow-up index points into the list: the id reserved for that
			// consultation
			earlier[i] = followUpOf[i] == null ? null
					: followUpOf[i] < 0 ? ids[(int) (-followUpOf[i] - 1)] : followUpOf[i];
			contact[i] = c.contactId();
			contactName[i] = blankToNull(c.contactName());
			staffName[i] = staff[i] == null ? null : staffNames.get(staff[i]);
			nextAction[i] = blankToNull(c.nextAction());
			followUpOn[i] = c.followUpOn() == null ? null : c.followUpOn().toString();
			originLabel[i] = c.originLabel();
			originPath[i] = c.originPath();
		}
		// in list order, so that a follow-up is inserted after the consultation it
		// continues
		jdbc.sql(
				"""
						INSERT INTO consultation (id, hub_id, company_id, consulted_on, channel, referral_institution_id,
						                          referral_source, issues, summary, follow_up_of, contact_id, contact_name,
						                          staff_user_id, staff_name, next_action, follow_up_on, origin_label, origin_path,
						                          created_by, updated_by)
						OVERRIDING SYSTEM VALUE
						SELECT id, ?, company_id, consulted_on, channel, referral_institution_id, referral_source,
						       string_to_array(issues, ','), summary, follow_up_of, contact_id, contact_name, staff_user_id,
						       staff_name, next_action, follow_up_on, origin_label, origin_path, ?, ?
						  FROM unnest(?::bigint[], ?::bigint[], ?::date[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[],
						              ?::bigint[], ?::bigint[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::date[], ?::text[],
						              ?::text[]) WITH ORDINALITY
						    AS t(id, company_id, consulted_on, channel, referral_institution_id, referral_source, issues, summary,
						         follow_up_of, contact_id, contact_name, staff_user_id, staff_name, next_action, follow_up_on,
						         origin_label, origin_path, ord)
						 ORDER BY ord""")
			.params(hubId, actor, actor, ids, company, date, channel, institution, source, issues, summary, earlier,
					contact, contactName, staff, staffName, nextAction, followUpOn, originLabel, originPath)
			.update();
		audit.created("consultation", ids[0], auditSummary + ": 相談 " + n + "件（ID " + ids[0] + "〜" + ids[n - 1] + "）");
		events.publishEvent(new ConsultationRecorded(hubId, ids[n - 1], company[n - 1],
				list.get(n - 1).consultation().date(), earlier[n - 1] != null));
		return List.of(ids);
	}

	/**
	 * What each 継続相談 of the list continues: the company's latest consultation on or
	 * before its day (latest day, then latest recorded), among those recorded before (one
	 * statement for the list) and those earlier in the list, which are recorded after all
	 * of them. A consultation of the list is answered as {@code -(index + 1)}.
	 */
	private Long[] earlierOf(List<Imported> list) {
		int n = list.size();
		List<Integer> asked = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (list.get(i).continuesLatest()) {
				asked.add(i);
			}
		}
		Long[] answer = new Long[n];
		if (asked.isEmpty()) {
			return answer;
		}
		Map<Integer, Object[]> recorded = latest(
				asked.stream().map(i -> list.get(i).consultation().companyId()).toList(),
				asked.stream().map(i -> list.get(i).consultation().date()).toList());
		for (int a = 0; a < asked.size(); a++) {
			int i = asked.get(a);
			NewConsultation c = list.get(i).consultation();
			Object[] before = recorded.get(a);
			Long best = before == null ? null : (Long) before[0];
			LocalDate bestDay = before == null ? null : (LocalDate) before[1];
			for (int j = 0; j < i; j++) {
				NewConsultation e = list.get(j).consultation();
				// one earlier in the list gets a later id than any recorded before: on
				// the same day it is the latest
				if (e.companyId() == c.companyId() && !e.date().isAfter(c.date())
						&& (bestDay == null || !e.date().isBefore(bestDay))) {
					best = (long) -(j + 1);
					bestDay = e.date();
				}
			}
			answer[i] = best;
		}
		return answer;
	}

	/**
	 * {@link #latestOf} of many companies and days in one statement: for each pair in
	 * order, the company's latest consultation dated on or before the day (what a need of
	 * that day was born of), if any.
	 */
	@Transactional(readOnly = true)
	public List<Optional<Long>> latestOfEach(List<Long> companyIds, List<LocalDate> days) {
		Map<Integer, Object[]> found = latest(companyIds, days);
		List<Optional<Long>> answer = new ArrayList<>(companyIds.size());
		for (int i = 0; i < companyIds.size(); i++) {
			Object[] f = found.get(i);
			answer.add(f == null ? Optional.empty() : Optional.of((Long) f[0]));
		}
		return answer;
	}

	/**
	 * A consultation a need or placement of a list is born of: its id, day and referral
	 * route (KPI 4 reads it).
	 */
	public record Origin(long id, LocalDate date, Referral referral) {
	}

	/**
	 * As {@link #latestOfEach}, with the day and referral of each consultation found: a
	 * placement list's need inherits the referral as one registered by staff does. One
	 * statement for the list.
	 */
	@Transactional(readOnly = true)
	public List<Optional<Origin>> originsOf(List<Long> companyIds, List<LocalDate> days) {
		Map<Integer, Origin> found = new HashMap<>();
		if (!companyIds.isEmpty()) {
			jdbc.sql("""
					SELECT t.ord, c.id, c.consulted_on, c.referral_institution_id, c.referral_source
					  FROM unnest(?::bigint[], ?::date[]) WITH ORDINALITY AS t(company_id, day, ord)
					  CROSS JOIN LATERAL (SELECT id, consulted_on, referral_institution_id, referral_source
					                        FROM consultation
					                       WHERE company_id = t.company_id AND consulted_on <= t.day
					                       ORDER BY consulted_on DESC, id DESC LIMIT 1) c""")
				.params(companyIds.toArray(Long[]::new), days.stream().map(LocalDate::toString).toArray(String[]::new))
				.query((rs, row) -> {
					Long institution = (Long) rs.getObject(4);
					String source = rs.getString(5);
					Referral referral = institution != null ? Referral.institution(institution)
							: source != null ? Referral.source(ReferralSource.valueOf(source)) : Referral.NONE;
					return found.put(rs.getInt(1) - 1,
							new Origin(rs.getLong(2), rs.getDate(3).toLocalDate(), referral));
				})
				.list();
		}
		List<Optional<Origin>> answer = new ArrayList<>(companyIds.size());
		for (int i = 0; i < companyIds.size(); i++) {
			answer.add(Optional.ofNullable(found.get(i)));
		}
		return answer;
	}

	/** By index of the pair: the latest consultation's id and day. */
	private Map<Integer, Object[]> latest(List<Long> companyIds, List<LocalDate> days) {
		Map<Integer, Object[]> recorded = new HashMap<>();
		if (companyIds.isEmpty()) {
			return recorded;
		}
		jdbc.sql("""
				SELECT t.ord, c.id, c.consulted_on
				  FROM unnest(?::bigint[], ?::date[]) WITH ORDINALITY AS t(company_id, day, ord)
				  CROSS JOIN LATERAL (SELECT id, consulted_on FROM consultation
				                       WHERE company_id = t.company_id AND consulted_on <= t.day
				                       ORDER BY consulted_on DESC, id DESC LIMIT 1) c""")
			.params(companyIds.toArray(Long[]::new), days.stream().map(LocalDate::toString).toArray(String[]::new))
			.query((rs, row) -> recorded.put(rs.getInt(1) - 1,
					new Object[] { rs.getLong(2), rs.getDate(3).toLocalDate() }))
			.list();
		return recorded;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/**
	 * The company's latest consultation dated on or before the day: what a 継続相談 of that
	 * day continues.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> latestOf(long companyId, LocalDate onOrBefore) {
		return jdbc.sql("""
				SELECT id FROM consultation WHERE company_id = ? AND consulted_on <= ?
				 ORDER BY consulted_on DESC, id DESC LIMIT 1""")
			.params(companyId, onOrBefore)
			.query(Long.class)
			.optional();
	}

	/** Whether the consultation is as recorded (version 0): nobody revised it since. */
	@Transactional(readOnly = true)
	public boolean untouched(long id) {
		return jdbc.sql("SELECT version = 0 FROM consultation WHERE id = ?")
			.param(id)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * {@link #withdraw} for many consultations in two statements (a follow-up and the
	 * consultation it continues go in the same statement, so the order does not matter).
	 * @return empty when all were deleted; else the first one revised since or gone
	 * (nothing deleted)
	 * @throws DataIntegrityViolationException when something refers to one (a follow-up
	 * recorded since, a need)
	 */
	public Optional<Long> withdrawAll(List<Long> ids) {
		if (ids.isEmpty()) {
			return Optional.empty();
		}
		Long[] id = ids.toArray(Long[]::new);
		List<Long> touched = jdbc.sql("""
				SELECT t.id FROM unnest(?::bigint[]) WITH ORDINALITY AS t(id, ord)
				 WHERE NOT EXISTS (SELECT 1 FROM consultation c WHERE c.id = t.id AND c.version = 0)
				 ORDER BY t.ord LIMIT 1""").param(id).query(Long.class).list();
		if (!touched.isEmpty()) {
			return Optional.of(touched.getFirst());
		}
		jdbc.sql("DELETE FROM consultation WHERE id = ANY(?)").param(id).update();
		audit.deleted("consultation", id[0], "取込の取消: 相談 " + id.length + "件（ID " + id[0] + " ほか）");
		return Optional.empty();
	}

	/**
	 * Deletes an imported consultation nobody revised and nothing refers to; answers
	 * false when it was revised.
	 * @throws DataIntegrityViolationException when something refers to it (a follow-up, a
	 * need, a referral)
	 */
	public boolean withdraw(long id) {
		// a reference from elsewhere fails the statement (and the caller's transaction):
		// the undo is then refused whole
		int deleted = jdbc.sql("DELETE FROM consultation WHERE id = ? AND version = 0").param(id).update();
		if (deleted == 1) {
			audit.deleted("consultation", id, "取込の取消");
		}
		return deleted == 1;
	}

}

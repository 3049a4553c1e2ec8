package jp.kyoten.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import jp.kyoten.platform.time.HubTime;

/**
 * The event report as a read model: one SQL statement computes the figures of each event
 * of a set; months and programmes sum them (延べ: a company that attended two events counts
 * twice).
 */
@Service
@Transactional(readOnly = true)
class EventReports {

	/**
	 * The figures of each event of a set, by the rules of seed 001 §3 and 002 §2(2)⑥
	 * (DOMAIN.md "Event figures"):
	 * <ul>
	 * <li>参加者数 ({@code attended}): registrations with at least one check-in (attendance),
	 * not seats held;
	 * <li>参加企業数 ({@code companies}): distinct companies with at least one person of
	 * theirs checked in — a company that only registered is not a participant; new: no
	 * one of theirs checked in at an earlier event of the hub;
	 * <li>参加機関 / 人材: institutions (by organisation name) and talent checked in, apart
	 * from companies; at a matching event 人材 is the talent programme's 参加人材
	 * ({@link #withParticipantTalent});
	 * <li>満足度: the share of the two best answers of five among the participant companies'
	 * answers ({@code responses}, {@code topTwo}); institutions' and talent's answers (by
	 * their registration's type) are counted apart. An answer without a registration (the
	 * event's QR code, a paper form) is read as a company's: the standard questionnaire
	 * is the companies' questionnaire;
	 * <li>内定件数 ({@code offers}): offers recorded for the event, one row each (a company
	 * with three offers counts three), from the follow-up or the talent programme's
	 * interview sets.
	 * </ul>
	 * Each figure is one aggregate over the set's registrations, answers and offers (a
	 * set of a year's events costs about what a month's does, bench/contract-reports).
	 */
	/**
	 * 新規企業: each participant company's first event with someone of theirs checked in,
	 * over all the hub's events. It looks at every registration of the set's companies,
	 * so only the event report asks for it.
	 */
	private static final String NEW_COMPANIES = """
			firsts AS (
			  SELECT DISTINCT ON (r.company_id) r.company_id, r.event_id
			    FROM event_registration r JOIN event e ON e.id = r.event_id
			   WHERE r.company_id IN (SELECT company_id FROM reg WHERE came AND participant_type = 'COMPANY')
			     AND EXISTS (SELECT 1 FROM event_attendance a WHERE a.registration_id = r.id)
			   ORDER BY r.company_id, e.starts_at, e.id),
			fresh AS (SELECT event_id, count(*) AS new_companies FROM firsts GROUP BY event_id),""";

	private static final String NO_NEW_COMPANIES = """
			fresh AS (SELECT NULL::bigint AS event_id, 0::bigint AS new_companies WHERE false),""";

	private static final String PER_EVENT = """
			WITH ev AS (SELECT e.* FROM event e WHERE %s),
			reg AS (
			  SELECT r.id, r.event_id, r.status, r.no_show, r.participant_type, r.company_id, r.organisation,
			         EXISTS (SELECT 1 FROM event_attendance a WHERE a.registration_id = r.id) AS came
			    FROM event_registration r JOIN ev ON ev.id = r.event_id),
			seats AS (
			  SELECT event_id,
			         count(*) FILTER (WHERE status = 'CONFIRMED') AS registered,
			         count(*) FILTER (WHERE status = 'WAITLISTED') AS waitlisted,
			         count(*) FILTER (WHERE status = 'CANCELLED') AS cancelled,
			         count(*) FILTER (WHERE came) AS attended,
			         count(*) FILTER (WHERE no_show) AS no_shows,
			         count(DISTINCT company_id) FILTER (WHERE came AND participant_type = 'COMPANY') AS companies,
			         count(DISTINCT lower(organisation)) FILTER (WHERE came AND participant_type = 'INSTITUTION')
			           AS institutions,
			         count(*) FILTER (WHERE came AND participant_type = 'TALENT') AS talent
			    FROM reg GROUP BY event_id),
			%s
			ans AS (
			  SELECT s.event_id,
			         count(*) FILTER (WHERE coalesce(r.participant_type, 'COMPANY') = 'COMPANY') AS responses,
			         count(*) FILTER (WHERE coalesce(r.participant_type, 'COMPANY') = 'COMPANY' AND s.satisfaction >= 4)
			           AS top_two,
			         count(*) FILTER (WHERE r.participant_type = 'INSTITUTION') AS institution_responses,
			         count(*) FILTER (WHERE r.participant_type = 'INSTITUTION' AND s.satisfaction >= 4)
			           AS institution_top_two,
			         count(*) FILTER (WHERE r.participant_type = 'TALENT') AS talent_responses,
			         count(*) FILTER (WHERE r.participant_type = 'TALENT' AND s.satisfaction >= 4) AS talent_top_two
			    FROM event_survey_response s JOIN ev ON ev.id = s.event_id
			    LEFT JOIN event_registration r ON r.id = s.registration_id
			   GROUP BY s.event_id),
			offered AS (SELECT o.event_id, count(*) AS offers FROM event_offer o JOIN ev ON ev.id = o.event_id
			             GROUP BY o.event_id)
			SELECT ev.id, ev.title, ev.kind, (ev.starts_at AT TIME ZONE 'Asia/Tokyo')::date AS day,
			       coalesce(seats.registered, 0) AS registered, coalesce(seats.waitlisted, 0) AS waitlisted,
			       coalesce(seats.cancelled, 0) AS cancelled, coalesce(seats.attended, 0) AS attended,
			       coalesce(seats.no_shows, 0) AS no_shows, coalesce(seats.companies, 0) AS companies,
			       coalesce(fresh.new_companies, 0) AS new_companies, coalesce(seats.institutions, 0) AS institutions,
			       coalesce(seats.talent, 0) AS talent, coalesce(ans.responses, 0) AS responses,
			       coalesce(ans.top_two, 0) AS top_two, coalesce(offered.offers, 0) AS offers,
			       coalesce(ans.institution_responses, 0) AS institution_responses,
			       coalesce(ans.institution_top_two, 0) AS institution_top_two,
			       coalesce(ans.talent_responses, 0) AS talent_responses,
			       coalesce(ans.talent_top_two, 0) AS talent_top_two
			  FROM ev
			  LEFT JOIN seats ON seats.event_id = ev.id
			  LEFT JOIN fresh ON fresh.event_id = ev.id
			  LEFT JOIN ans ON ans.event_id = ev.id
			  LEFT JOIN offered ON offered.event_id = ev.id
			 ORDER BY ev.starts_at, ev.id""";

	private final JdbcClient jdbc;

	private final ObjectProvider<ParticipantTalentCount> participantTalent;

	EventReports(JdbcClient jdbc, ObjectProvider<ParticipantTalentCount> participantTalent) {
		this.jdbc = jdbc;
		this.participantTalent = participantTalent;
	}

	EventFigures ofEvent(long eventId) {
		return withParticipantTalent(List.of(jdbc.sql(PER_EVENT.formatted("e.id = ?", NEW_COMPANIES))
			.param(eventId)
			.query(EventReports::figures)
			.single())).getFirst();
	}

	/**
	 * 参加人材 (and so 参加者数) of the matching events among the rows as the talent programme
	 * counts them (seed 002 §2(2)⑥ イベントごとの参加人材数, seed 001 §3(4) 参加者数;
	 * {@link ParticipantTalentCount}): the pool's participant talent who came are talent
	 * of the event though they registered nowhere, and a person registered on the form
	 * and added from the pool counts once. One query for all the rows; without the talent
	 * module the rows stay as counted.
	 */
	private List<EventFigures> withParticipantTalent(List<EventFigures> rows) {
		ParticipantTalentCount count = participantTalent.getIfAvailable();
		List<Long> matching = rows.stream()
			.filter(f -> f.kind() == EventKind.MATCHING)
			.map(EventFigures::eventId)
			.toList();
		if (count == null || matching.isEmpty()) {
			return rows;
		}
		java.util.Map<Long, Integer> talent = count.participantTalent(matching);
		return rows.stream()
			.map(f -> talent.containsKey(f.eventId()) ? f.withParticipantTalent(talent.get(f.eventId())) : f)
			.toList();
	}

	/** Each event starting in the month (Japan time). */
	List<EventFigures> ofMonth(YearMonth month) {
		return between(month.atDay(1), month.plusMonths(1).atDay(1));
	}

	List<EventFigures> between(LocalDate from, LocalDate to) {
		return between(from, to, true);
	}

	/**
	 * @param newCompanies whether to count 新規企業 (the event report); the other reports
	 * leave it at 0
	 */
	List<EventFigures> between(LocalDate from, LocalDate to, boolean newCompanies) {
		return withParticipantTalent(jdbc
			.sql(PER_EVENT.formatted("e.starts_at >= ? AND e.starts_at < ?",
					newCompanies ? NEW_COMPANIES : NO_NEW_COMPANIES))
			.params(Timestamp.from(start(from)), Timestamp.from(start(to)))
			.query(EventReports::figures)
			.list());
	}

	/**
	 * Per programme (the events' programme, or their kind when none) over the fiscal
	 * year.
	 */
	List<EventFigures> byProgramme(int fiscalYear) {
		LocalDate from = LocalDate.of(fiscalYear, 4, 1);
		LocalDate to = from.plusYears(1);
		java.util.Map<Long, String> programmes = new java.util.HashMap<>();
		jdbc.sql("SELECT id, programme, kind FROM event WHERE starts_at >= ? AND starts_at < ?")
			.params(Timestamp.from(start(from)), Timestamp.from(start(to)))
			.query((rs, n) -> programmes.put(rs.getLong(1),
					rs.getString(2) != null ? rs.getString(2) : rs.getString(3)))
			.list();
		java.util.Map<String, List<EventFigures>> grouped = new java.util.TreeMap<>();
		for (EventFigures f : between(from, to)) {
			grouped.computeIfAbsent(programmes.get(f.eventId()), k -> new java.util.ArrayList<>()).add(f);
		}
		return grouped.entrySet().stream().map(e -> sum(e.getKey(), e.getValue())).toList();
	}

	static EventFigures sum(String label, List<EventFigures> rows) {
		int[] t = new int[16];
		for (EventFigures f : rows) {
			int[] v = { f.registered(), f.waitlisted(), f.cancelled(), f.attended(), f.noShows(), f.companies(),
					f.newCompanies(), f.institutions(), f.talent(), f.responses(), f.topTwo(), f.offers(),
					f.institutionResponses(), f.institutionTopTwo(), f.talentResponses(), f.talentTopTwo() };
			for (int i = 0; i < t.length; i++) {
				t[i] += v[i];
			}
		}
		return new EventFigures(null, label, null, null, rows.size(), t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7],
				t[8], t[9], t[10], t[11], t[12], t[13], t[14], t[15]);
	}

	private static Instant start(LocalDate day) {
		return day.atStartOfDay(HubTime.ZONE).toInstant();
	}

	/** The label of one event's figures is its title. */
	private static EventFigures figures(ResultSet rs, int n) throws SQLException {
		return new EventFigures(rs.getLong("id"), rs.getString("title"), EventKind.valueOf(rs.getString("kind")),
				rs.getObject("day", LocalDate.class), 1, rs.getInt("registered"), rs.getInt("waitlisted"),
				rs.getInt("cancelled"), rs.getInt("attended"), rs.getInt("no_shows"), rs.getInt("companies"),
				rs.getInt("new_companies"), rs.getInt("institutions"), rs.getInt("talent"), rs.getInt("responses"),
				rs.getInt("top_two"), rs.getInt("offers"), rs.getInt("institution_responses"),
				rs.getInt("institution_top_two"), rs.getInt("talent_responses"), rs.getInt("talent_top_two"));
	}

}

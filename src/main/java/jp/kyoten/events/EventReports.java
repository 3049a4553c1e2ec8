package jp.kyoten.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The event report as a read model: one SQL statement computes the figures of each event of a set; months and
 * programmes sum them (延べ: a company that attended two events counts twice).
 */
@Service
@Transactional(readOnly = true)
class EventReports {

	/**
	 * The figures of each event of a set, by the rules of seed 001 §3 and 002 §2(2)⑥ (DOMAIN.md "Event figures"):
	 * <ul>
	 * <li>参加者数 ({@code attended}): registrations with at least one check-in (attendance), not seats held;
	 * <li>参加企業数 ({@code companies}): distinct companies with at least one person of theirs checked in — a company
	 * that only registered is not a participant; new: no one of theirs checked in at an earlier event of the hub;
	 * <li>参加機関 / 人材: institutions (by organisation name) and talent checked in, apart from companies;
	 * <li>満足度: the share of the two best answers of five among the participant companies' answers ({@code responses},
	 * {@code topTwo}); institutions' and talent's answers (by their registration's type) are counted apart. An answer
	 * without a registration (the event's QR code, a paper form) is read as a company's: the standard questionnaire is
	 * the companies' questionnaire;
	 * <li>内定件数 ({@code offers}): offers recorded for the event, one row each (a company with three offers counts
	 * three), from the follow-up or the talent programme's interview sets.
	 * </ul>
	 */
	private static final String PER_EVENT = """
			WITH ev AS (SELECT e.* FROM event e WHERE %s),
			reg AS (
			  SELECT r.*, EXISTS (SELECT 1 FROM event_attendance a WHERE a.registration_id = r.id) AS came
			    FROM event_registration r JOIN ev ON ev.id = r.event_id),
			ans AS (
			  SELECT s.event_id, s.satisfaction, coalesce(r.participant_type, 'COMPANY') AS type
			    FROM event_survey_response s JOIN ev ON ev.id = s.event_id
			    LEFT JOIN event_registration r ON r.id = s.registration_id)
			SELECT ev.id, ev.title, ev.kind, (ev.starts_at AT TIME ZONE 'Asia/Tokyo')::date AS day,
			  (SELECT count(*) FROM reg WHERE reg.event_id = ev.id AND status = 'CONFIRMED') AS registered,
			  (SELECT count(*) FROM reg WHERE reg.event_id = ev.id AND status = 'WAITLISTED') AS waitlisted,
			  (SELECT count(*) FROM reg WHERE reg.event_id = ev.id AND status = 'CANCELLED') AS cancelled,
			  (SELECT count(*) FROM reg WHERE reg.event_id = ev.id AND came) AS attended,
			  (SELECT count(*) FROM reg WHERE reg.event_id = ev.id AND no_show) AS no_shows,
			  (SELECT count(DISTINCT company_id) FROM reg
			    WHERE reg.event_id = ev.id AND came AND participant_type = 'COMPANY') AS companies,
			  (SELECT count(DISTINCT reg.company_id) FROM reg
			    WHERE reg.event_id = ev.id AND reg.came AND reg.participant_type = 'COMPANY' AND reg.company_id IS NOT NULL
			      AND NOT EXISTS (SELECT 1 FROM event_registration o JOIN event oe ON oe.id = o.event_id
			                       WHERE o.company_id = reg.company_id
			                         AND EXISTS (SELECT 1 FROM event_attendance oa WHERE oa.registration_id = o.id)
			                         AND (oe.starts_at, oe.id) < (ev.starts_at, ev.id))) AS new_companies,
			  (SELECT count(DISTINCT lower(organisation)) FROM reg
			    WHERE reg.event_id = ev.id AND came AND participant_type = 'INSTITUTION') AS institutions,
			  (SELECT count(*) FROM reg WHERE reg.event_id = ev.id AND came AND participant_type = 'TALENT') AS talent,
			  (SELECT count(*) FROM ans WHERE ans.event_id = ev.id AND type = 'COMPANY') AS responses,
			  (SELECT count(*) FROM ans WHERE ans.event_id = ev.id AND type = 'COMPANY' AND satisfaction >= 4) AS top_two,
			  (SELECT count(*) FROM event_offer o WHERE o.event_id = ev.id) AS offers,
			  (SELECT count(*) FROM ans WHERE ans.event_id = ev.id AND type = 'INSTITUTION') AS institution_responses,
			  (SELECT count(*) FROM ans WHERE ans.event_id = ev.id AND type = 'INSTITUTION' AND satisfaction >= 4)
			    AS institution_top_two,
			  (SELECT count(*) FROM ans WHERE ans.event_id = ev.id AND type = 'TALENT') AS talent_responses,
			  (SELECT count(*) FROM ans WHERE ans.event_id = ev.id AND type = 'TALENT' AND satisfaction >= 4) AS talent_top_two
			  FROM ev ORDER BY ev.starts_at, ev.id""";

	private final JdbcClient jdbc;

	EventReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	EventFigures ofEvent(long eventId) {
		return jdbc.sql(PER_EVENT.formatted("e.id = ?")).param(eventId).query(EventReports::figures).single();
	}

	/** Each event starting in the month (Japan time). */
	List<EventFigures> ofMonth(YearMonth month) {
		return between(month.atDay(1), month.plusMonths(1).atDay(1));
	}

	List<EventFigures> between(LocalDate from, LocalDate to) {
		return jdbc.sql(PER_EVENT.formatted("e.starts_at >= ? AND e.starts_at < ?"))
			.params(Timestamp.from(start(from)), Timestamp.from(start(to)))
			.query(EventReports::figures)
			.list();
	}

	/** Per programme (the events' programme, or their kind when none) over the fiscal year. */
	List<EventFigures> byProgramme(int fiscalYear) {
		LocalDate from = LocalDate.of(fiscalYear, 4, 1);
		LocalDate to = from.plusYears(1);
		java.util.Map<Long, String> programmes = new java.util.HashMap<>();
		jdbc.sql("SELECT id, programme, kind FROM event WHERE starts_at >= ? AND starts_at < ?")
			.params(Timestamp.from(start(from)), Timestamp.from(start(to)))
			.query((rs, n) -> programmes.put(rs.getLong(1), rs.getString(2) != null ? rs.getString(2) : rs.getString(3)))
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
		return day.atStartOfDay(EventView.TOKYO).toInstant();
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

package jp.kyoten.events;

import jp.kyoten.platform.time.HubTime;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events module's published figures for other modules (the monthly report, the METI
 * 実績報告, the indicator sets and the obligations tracker), for the hub in scope. Counts,
 * titles and minutes only, never a person's record; the counting rules are those of
 * {@link EventReports}. Event kinds are the codes of {@code EventKind}.
 */
@Service
@Transactional(readOnly = true)
public class EventCounts {

	/**
	 * The month's events: how many, registrations holding a seat, participants (checked
	 * in), participant companies (延べ: once per event attended), companies' survey
	 * answers, the top-two answers and their share in percent (null without answers), and
	 * offers recorded for those events.
	 */
	public record Month(YearMonth month, int events, int registered, int participants, int companies, int surveyAnswers,
			int topTwo, BigDecimal satisfaction, int offers) {
	}

	/** A 配付資料 of an event, by name (the file is read from the event's page). */
	public record Handout(long id, String filename, int sizeBytes) {
	}

	/**
	 * One event of a period as the reports show it. {@code companyAnswersBySatisfaction}
	 * counts the companies' answers from 5 (満足) down to 1. {@code offers} are all offers
	 * recorded for the event so far.
	 */
	public record EventSummary(long eventId, LocalDate day, String kind, String state, String title, String theme,
			String programme, int registered, int people, int companies, int institutions, int talent,
			int companyAnswers, int companyTopTwo, BigDecimal satisfaction, int institutionAnswers,
			BigDecimal institutionSatisfaction, int talentAnswers, BigDecimal talentSatisfaction,
			List<Integer> companyAnswersBySatisfaction, int offers, String minutes, List<Handout> handouts) {

		public boolean council() {
			return "COUNCIL".equals(kind);
		}

	}

	/**
	 * Events of a period added up: {@code companyAttendances} is 延べ参加企業数 (a company once
	 * per event it attended), {@code distinctCompanies} the programme-wide count (a
	 * company once however many events it attended), both shown and labelled;
	 * {@code institutionAttendances} likewise 延べ参加機関数.
	 */
	public record Totals(int events, int people, int companyAttendances, int distinctCompanies,
			int institutionAttendances, int companyAnswers, int companyTopTwo, BigDecimal satisfaction, int offers) {

		/**
		 * 内定率 in percent (offers ÷ participant companies, 延べ), one decimal; null without
		 * participants.
		 */
		public BigDecimal offerRate() {
			return EventFigures.share(offers, companyAttendances);
		}

	}

	/**
	 * The events' figures added up (延べ), with the distinct count asked for separately.
	 */
	public static Totals add(List<EventSummary> events, int distinctCompanies) {
		int answers = events.stream().mapToInt(EventSummary::companyAnswers).sum();
		int topTwo = events.stream().mapToInt(EventSummary::companyTopTwo).sum();
		return new Totals(events.size(), events.stream().mapToInt(EventSummary::people).sum(),
				events.stream().mapToInt(EventSummary::companies).sum(), distinctCompanies,
				events.stream().mapToInt(EventSummary::institutions).sum(), answers, topTwo,
				EventFigures.share(topTwo, answers), events.stream().mapToInt(EventSummary::offers).sum());
	}

	/** Events of a kind in a period: held (開催済・報告済) and still planned (計画・承認・公開). */
	public record KindCount(String kind, int held, int planned) {
	}

	/**
	 * A hire the hub took part in through an event, recorded by the follow-up: listed
	 * beside the KPI placements of the monthly report, never counted in KPI 2 (no
	 * hand-off to a registered agency).
	 */
	public record EventHire(long offerId, long companyId, String companyName, long eventId, String eventTitle,
			LocalDate offeredOn, String talentName, String source) {
	}

	private final EventReports reports;

	private final JdbcClient jdbc;

	EventCounts(EventReports reports, JdbcClient jdbc) {
		this.reports = reports;
		this.jdbc = jdbc;
	}

	public Month of(YearMonth month) {
		List<EventFigures> rows = reports.ofMonth(month);
		EventFigures sum = EventReports.sum("", rows);
		return new Month(month, rows.size(), sum.registered(), sum.attended(), sum.companies(), sum.responses(),
				sum.topTwo(), sum.satisfaction(), sum.offers());
	}

	/**
	 * The events starting in [from, to) (Japan dates), earliest first, with their
	 * figures: three queries.
	 */
	public List<EventSummary> events(LocalDate from, LocalDate to) {
		List<EventFigures> figures = reports.between(from, to, false);
		if (figures.isEmpty()) {
			return List.of();
		}
		Map<Long, String[]> texts = new HashMap<>();
		jdbc.sql("SELECT id, state, theme, programme, minutes FROM event WHERE starts_at >= ? AND starts_at < ?")
			.params(start(from), start(to))
			.query((rs, n) -> texts.put(rs.getLong(1),
					new String[] { rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5) }))
			.list();
		Map<Long, List<Handout>> handouts = new HashMap<>();
		Map<Long, Integer[]> bySatisfaction = new HashMap<>();
		jdbc.sql("""
				SELECT h.event_id, h.id, h.filename, h.size_bytes FROM event_handout h JOIN event e ON e.id = h.event_id
				 WHERE e.starts_at >= ? AND e.starts_at < ? ORDER BY h.uploaded_at, h.id""")
			.params(start(from), start(to))
			.query((rs, n) -> handouts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new Handout(rs.getLong(2), rs.getString(3), rs.getInt(4))))
			.list();
		jdbc.sql(
				"""
						SELECT s.event_id, s.satisfaction, count(*) FROM event_survey_response s JOIN event e ON e.id = s.event_id
						  LEFT JOIN event_registration r ON r.id = s.registration_id
						 WHERE e.starts_at >= ? AND e.starts_at < ? AND coalesce(r.participant_type, 'COMPANY') = 'COMPANY'
						 GROUP BY 1, 2""")
			.params(start(from), start(to))
			.query((rs,
					n) -> bySatisfaction.computeIfAbsent(rs.getLong(1), k -> new Integer[] { 0, 0, 0, 0, 0 })[5
							- rs.getInt(2)] = rs.getInt(3))
			.list();
		return figures.stream().map(f -> {
			String[] t = texts.getOrDefault(f.eventId(), new String[4]);
			Integer[] counts = bySatisfaction.getOrDefault(f.eventId(), new Integer[] { 0, 0, 0, 0, 0 });
			return new EventSummary(f.eventId(), f.day(), f.kind().name(), t[0], f.label(), t[1], t[2], f.registered(),
					f.attended(), f.companies(), f.institutions(), f.talent(), f.responses(), f.topTwo(),
					f.satisfaction(), f.institutionResponses(), f.institutionSatisfaction(), f.talentResponses(),
					f.talentSatisfaction(), List.of(counts), f.offers(), t[3],
					handouts.getOrDefault(f.eventId(), List.of()));
		}).toList();
	}

	/**
	 * The events starting in [from, to) of the given kinds (all kinds when empty) added
	 * up, with the programme-wide count of distinct participant companies beside the 延べ
	 * count.
	 */
	public Totals totals(LocalDate from, LocalDate to, Collection<String> kinds) {
		List<EventFigures> rows = reports.between(from, to, false)
			.stream()
			.filter(f -> kinds.isEmpty() || kinds.contains(f.kind().name()))
			.toList();
		EventFigures sum = EventReports.sum("", rows);
		int distinct = distinctCompanies(from, to, kinds);
		return new Totals(rows.size(), sum.attended(), sum.companies(), distinct, sum.institutions(), sum.responses(),
				sum.topTwo(), sum.satisfaction(), sum.offers());
	}

	/**
	 * Distinct companies with someone checked in at the events of the kinds (all when
	 * empty) in [from, to).
	 */
	public int distinctCompanies(LocalDate from, LocalDate to, Collection<String> kinds) {
		return jdbc.sql("""
				SELECT count(DISTINCT r.company_id) FROM event e JOIN event_registration r ON r.event_id = e.id
				 WHERE e.starts_at >= ? AND e.starts_at < ? AND (cardinality(?::text[]) = 0 OR e.kind = ANY (?::text[]))
				   AND r.participant_type = 'COMPANY'
				   AND EXISTS (SELECT 1 FROM event_attendance a WHERE a.registration_id = r.id)""")
			.params(start(from), start(to), kinds.toArray(String[]::new), kinds.toArray(String[]::new))
			.query(Integer.class)
			.single();
	}

	/** Events per kind starting in [from, to): held and still planned. One query. */
	public Map<String, KindCount> byKind(LocalDate from, LocalDate to) {
		Map<String, KindCount> counts = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT kind, count(*) FILTER (WHERE state IN ('HELD', 'REPORTED')),
				       count(*) FILTER (WHERE state NOT IN ('HELD', 'REPORTED'))
				  FROM event WHERE starts_at >= ? AND starts_at < ? GROUP BY kind ORDER BY kind""")
			.params(start(from), start(to))
			.query((rs, n) -> counts.put(rs.getString(1), new KindCount(rs.getString(1), rs.getInt(2), rs.getInt(3))))
			.list();
		return counts;
	}

	/** Offers recorded with offered_on in [from, to). */
	public int offers(LocalDate from, LocalDate to) {
		return jdbc.sql("SELECT count(*) FROM event_offer WHERE offered_on >= ? AND offered_on < ?")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query(Integer.class)
			.single();
	}

	/** The hires through events recorded with offered_on in [from, to), oldest first. */
	public List<EventHire> hires(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT o.id, o.company_id,
				       (SELECT min(r.organisation) FROM event_registration r
				         WHERE r.event_id = o.event_id AND r.company_id = o.company_id) AS company,
				       o.event_id, e.title, o.offered_on, o.talent_name, o.source
				  FROM event_offer o JOIN event e ON e.id = o.event_id
				 WHERE o.hired AND o.offered_on >= ? AND o.offered_on < ?
				 ORDER BY o.offered_on, o.id""")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query((rs, n) -> new EventHire(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
					rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8)))
			.list();
	}

	private static Timestamp start(LocalDate day) {
		Instant instant = day.atStartOfDay(HubTime.ZONE).toInstant();
		return Timestamp.from(instant);
	}

}

package jp.kyoten.talent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.events.EventCounts;
import jp.kyoten.hub.Hubs;
import jp.kyoten.hub.Indicator;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The talent programme's figures of a fiscal year, published for the dashboard and the
 * reports: 内定件数 and 内定率 per programme and per month against the targets, offers and
 * interview sets per talent kind.
 * <p>
 * One definition (seed 001 §3 ※1–※3): 内定率 = 内定件数 ÷ 参加企業数 of the matching events, both as
 * the events module counts them for every report — 内定件数 the offers recorded for the event
 * (follow-up and interview sets alike, a company with two offers counts two, a 内定 turned
 * 辞退 is taken back), 参加企業数 the companies with someone checked in (延べ, once per event), a
 * company that came without a set included. The rate is
 * {@link EventCounts.Totals#offerRate()} over the events of the programme, so that the
 * dashboard's indicator, the METI report and these rows agree. Per talent kind only the
 * interview sets' offers can be told apart (a follow-up offer names no talent kind).
 * <p>
 * Targets: programme-wide the hub's 内定率 and 内定件数 targets (seed 001 §3: ≥ 20 %); デジタル推進人材
 * ≥ 60 % and 10 offers (§2(2)①(c)); 高度外国人材 ≥ 30 % and 15 offers (§2(2)②(c)).
 */
@Service
@Transactional(readOnly = true)
public class MatchingFigures {

	/** The seed's targets per programme: offers, and 内定率 in percent. */
	static final Map<TalentProgramme, int[]> TARGETS = Map.of(TalentProgramme.DIGITAL, new int[] { 10, 60 },
			TalentProgramme.FOREIGN, new int[] { 15, 30 });

	/**
	 * One programme (or all) of the year: events held, 参加企業数, 内定件数, 内定率 and the targets,
	 * and 参加人材 (延べ: each person once per event, seed 002 §2(2)⑥ イベントごとの参加人材数;
	 * {@link #participantTalent}).
	 */
	public record ProgrammeRow(String programme, int events, int companies, int offers, BigDecimal offerRate,
			Integer offerTarget, Integer rateTarget, int talent) {

		/** Whether the rate reached its target; null without a target or a rate. */
		public Boolean rateMet() {
			return rateTarget == null || offerRate == null ? null
					: offerRate.compareTo(BigDecimal.valueOf(rateTarget)) >= 0;
		}

		public Boolean offersMet() {
			return offerTarget == null ? null : offers >= offerTarget;
		}

	}

	/**
	 * The interview sets of one talent kind: planned, held (a result recorded), offers
	 * (内定) and hires.
	 */
	public record KindRow(TalentKind kind, int sets, int held, int offers, int hires) {
	}

	/**
	 * One month of the year, all matching events: 参加企業数, 内定件数, 内定率, 参加人材 (延べ, as
	 * {@link ProgrammeRow}).
	 */
	public record MonthRow(YearMonth month, int companies, int offers, BigDecimal offerRate, int talent) {
	}

	public record Figures(LocalDate from, LocalDate to, ProgrammeRow total, List<ProgrammeRow> programmes,
			List<KindRow> kinds, List<MonthRow> months, int setsPlanned, int setsHeld) {
	}

	private final EventCounts events;

	private final Hubs hubs;

	private final JdbcClient jdbc;

	private final ParticipantTalentCounts participantTalent;

	MatchingFigures(EventCounts events, Hubs hubs, JdbcClient jdbc, ParticipantTalentCounts participantTalent) {
		this.events = events;
		this.hubs = hubs;
		this.jdbc = jdbc;
		this.participantTalent = participantTalent;
	}

	/**
	 * The figures of the matching events starting in [from, to) of the hub in scope, for
	 * the fiscal year given.
	 */
	public Figures of(int fiscalYear, LocalDate from, LocalDate to) {
		List<EventCounts.EventSummary> matching = events.events(from, to)
			.stream()
			.filter(e -> "MATCHING".equals(e.kind()))
			.toList();
		Map<Long, TalentProgramme> programmeOf = new HashMap<>();
		jdbc.sql("SELECT event_id, programme FROM matching_plan")
			.query((rs, n) -> programmeOf.put(rs.getLong(1), TalentProgramme.valueOf(rs.getString(2))))
			.list();
		Map<TalentProgramme, List<EventCounts.EventSummary>> byProgramme = new EnumMap<>(TalentProgramme.class);
		Map<YearMonth, List<EventCounts.EventSummary>> byMonth = new TreeMap<>();
		for (EventCounts.EventSummary e : matching) {
			byProgramme
				.computeIfAbsent(programmeOf.getOrDefault(e.eventId(), TalentProgramme.GENERAL), k -> new ArrayList<>())
				.add(e);
			byMonth.computeIfAbsent(YearMonth.from(e.day()), k -> new ArrayList<>()).add(e);
		}
		Map<Indicator, Integer> targets = hubs.indicatorTargets(HubScope.require(), fiscalYear);
		ProgrammeRow total = row("ALL", matching, targets.get(Indicator.TP_OFFERS),
				targets.get(Indicator.TP_OFFER_RATE));
		List<ProgrammeRow> programmes = new ArrayList<>();
		byProgramme.forEach((p, list) -> {
			int[] t = TARGETS.get(p);
			programmes.add(row(p.name(), list, t == null ? null : t[0], t == null ? null : t[1]));
		});
		List<MonthRow> months = new ArrayList<>();
		byMonth.forEach((m, list) -> {
			EventCounts.Totals sum = EventCounts.add(list, 0);
			months.add(new MonthRow(m, sum.companyAttendances(), sum.offers(), sum.offerRate(), talent(list)));
		});
		List<Long> ids = matching.stream().map(EventCounts.EventSummary::eventId).toList();
		List<KindRow> kinds = new ArrayList<>();
		int[] sets = { 0, 0 };
		jdbc.sql("""
				SELECT t.kind, count(*), count(s.result), count(*) FILTER (WHERE s.result = 'OFFER'),
				       count(s.hired_on)
				  FROM interview_set s JOIN talent t ON t.id = s.talent_id
				 WHERE s.event_id = ANY (?) GROUP BY t.kind""").param(ids.toArray(Long[]::new)).query((rs, n) -> {
			sets[0] += rs.getInt(2);
			sets[1] += rs.getInt(3);
			return kinds.add(new KindRow(TalentKind.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getInt(4),
					rs.getInt(5)));
		}).list();
		kinds.sort(java.util.Comparator.comparing(KindRow::kind));
		return new Figures(from, to, total, programmes, kinds, months, sets[0], sets[1]);
	}

	/**
	 * 参加人材 of each matching event given, for the METI report: seed 002 §2(2)⑥
	 * イベントごとの参加人材数, seed 001 §3(4) 各イベント等の参加者数 — each person who came once per event,
	 * whether they registered on the event's form, were added from the pool, or both
	 * ({@link ParticipantTalentCounts}, the same count the events module's event report
	 * shows).
	 * @return per event id; an event without such talent is absent
	 */
	public Map<Long, Integer> participantTalent(java.util.Collection<Long> eventIds) {
		return participantTalent.participantTalent(eventIds);
	}

	private static ProgrammeRow row(String programme, List<EventCounts.EventSummary> events, Integer offerTarget,
			Integer rateTarget) {
		EventCounts.Totals sum = EventCounts.add(events, 0);
		return new ProgrammeRow(programme, sum.events(), sum.companyAttendances(), sum.offers(), sum.offerRate(),
				offerTarget, rateTarget, talent(events));
	}

	/**
	 * 参加人材 of the events added up (延べ): the events module's 人材 of a matching event is
	 * this module's count ({@link ParticipantTalentCounts} through
	 * {@code events.ParticipantTalentCount}; seed 002 §2(2)⑥, seed 001 §3(4)), so the
	 * figures, the METI report and the event report agree.
	 */
	private static int talent(List<EventCounts.EventSummary> events) {
		return events.stream().mapToInt(EventCounts.EventSummary::talent).sum();
	}

}

package jp.kyoten.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.activity.ActivityCounts;
import jp.kyoten.events.EventCounts;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.hub.Indicator;

/**
 * The indicator set of the hub's kind for a fiscal year against the manager's targets:
 * the dashboard, the API and the reports show the set of the hub's kind
 * ({@link Indicator#of}). Counts read what the activity and events modules publish; the
 * Pro-hub KPIs are {@link Kpis}'.
 * <p>
 * Readings chosen where the seeds leave a count open (each shown on the dashboard beside
 * the set):
 * <ul>
 * <li>TALENT_PROGRAMME: 満足度 = top-two share of all participant companies' answers at the
 * year's events (seed 001 §3); 内定率 = offers recorded for the year's matching events ÷
 * their participant companies (延べ, seed 001 §3 ※1, ※3); participant companies and
 * institutions are 延べ (a company once per event it attended, checked in); seminars are
 * SEMINAR and MINI_SEMINAR, networking events for institutions NETWORKING and SYMPOSIUM.
 * <li>YOROZU: 相談件数 counts every consultation, follow-ups included (延べ); 連携支援 counts
 * consultations a support institution referred to the hub; 利用者満足度 is the top-two share of
 * the participant companies' answers at the hub's events (the national HQ's own user
 * survey is not in Kyoten).
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class IndicatorSets {

	/**
	 * One indicator: actual (a count, or a percentage with one decimal; null when nothing
	 * could be measured yet), target, achievement in percent, and for counts the
	 * straight-line pace for the day.
	 */
	public record IndicatorValue(String code, String unit, BigDecimal actual, Integer target, Double achievement,
			Double pace, Boolean ahead) {

		public boolean percent() {
			return Indicator.Unit.PERCENT.name().equals(unit);
		}

	}

	/**
	 * The hub's set of the year with, for event-based sets, the programme-wide distinct
	 * participant companies.
	 */
	public record IndicatorSet(String hubKind, int fiscalYear, List<IndicatorValue> indicators,
			Integer distinctCompanies) {
	}

	private final Hubs hubs;

	private final Dashboard dashboard;

	private final EventCounts events;

	private final ActivityCounts activity;

	IndicatorSets(Hubs hubs, Dashboard dashboard, EventCounts events, ActivityCounts activity) {
		this.hubs = hubs;
		this.dashboard = dashboard;
		this.events = events;
		this.activity = activity;
	}

	IndicatorSet of(long hubId, FiscalYear year, LocalDate today) {
		HubKind kind = hubs.kindOf(hubId);
		Map<Indicator, Integer> targets = hubs.indicatorTargets(hubId, year.year());
		double elapsed = year.elapsed(today);
		List<IndicatorValue> values = new ArrayList<>();
		Integer distinct = null;
		switch (kind) {
			case PRO_TALENT -> dashboard.kpis(hubId, year, today)
				.forEach(k -> values.add(new IndicatorValue(k.kpi().name(), Indicator.Unit.COUNT.name(),
						BigDecimal.valueOf(k.actual()), k.target(), k.achievement(), k.pace(), k.ahead())));
			case TALENT_PROGRAMME, YOROZU -> {
				actuals(hubId, kind, year.start(), year.end())
					.forEach((i, actual) -> values.add(value(i, actual, targets.get(i), elapsed)));
				if (kind == HubKind.TALENT_PROGRAMME) {
					distinct = events.distinctCompanies(year.start(), year.end(), List.of());
				}
			}
		}
		return new IndicatorSet(kind.name(), year.year(), values, distinct);
	}

	/**
	 * The actuals of the indicator set of a TALENT_PROGRAMME or YOROZU hub over [from,
	 * to), in the set's order (the monthly report asks for a month and for April to the
	 * month).
	 */
	Map<Indicator, BigDecimal> actuals(long hubId, HubKind kind, LocalDate from, LocalDate to) {
		Map<Indicator, BigDecimal> actuals = new java.util.LinkedHashMap<>();
		if (kind == HubKind.TALENT_PROGRAMME) {
			List<EventCounts.EventSummary> held = events.events(from, to);
			Set<String> matching = Set.of("MATCHING");
			int answers = sum(held, null, EventCounts.EventSummary::companyAnswers);
			int topTwo = sum(held, null, EventCounts.EventSummary::companyTopTwo);
			int matchingCompanies = sum(held, matching, EventCounts.EventSummary::companies);
			int matchingOffers = sum(held, matching, EventCounts.EventSummary::offers);
			for (Indicator i : Indicator.of(kind)) {
				actuals.put(i, switch (i) {
					case TP_SATISFACTION -> share(topTwo, answers);
					case TP_OFFER_RATE -> share(matchingOffers, matchingCompanies);
					case TP_OFFERS -> count(sum(held, null, EventCounts.EventSummary::offers));
					case TP_NETWORKING_COMPANIES ->
						count(sum(held, Set.of("NETWORKING"), EventCounts.EventSummary::companies));
					case TP_SEMINAR_COMPANIES ->
						count(sum(held, Set.of("SEMINAR", "MINI_SEMINAR"), EventCounts.EventSummary::companies));
					case TP_MATCHING_COMPANIES -> count(matchingCompanies);
					case TP_NETWORKING_INSTITUTIONS ->
						count(sum(held, Set.of("NETWORKING", "SYMPOSIUM"), EventCounts.EventSummary::institutions));
					case TP_WORKSHOP_INSTITUTIONS ->
						count(sum(held, Set.of("WORKSHOP"), EventCounts.EventSummary::institutions));
					default -> throw new IllegalStateException(i.name());
				});
			}
		}
		else if (kind == HubKind.YOROZU) {
			ActivityCounts.ConsultationCounts c = activity.consultations(hubId, from, to);
			EventCounts.Totals t = events.totals(from, to, List.of());
			for (Indicator i : Indicator.of(kind)) {
				actuals.put(i, switch (i) {
					case YZ_CONSULTATIONS -> count(c.consultations());
					case YZ_COMPANIES -> count(c.companies());
					case YZ_NEW_COMPANIES -> count(c.newCompanies());
					case YZ_REFERRALS -> count(c.referralsMade());
					case YZ_JOINT_SUPPORT -> count(c.jointSupport());
					case YZ_SATISFACTION -> t.satisfaction();
					default -> throw new IllegalStateException(i.name());
				});
			}
		}
		return actuals;
	}

	/**
	 * Achievement of a target in percent, one decimal; null without a target (or a target
	 * of 0) or an actual.
	 */
	static Double achievement(BigDecimal actual, Integer target) {
		return target == null || target == 0 || actual == null ? null
				: actual.multiply(BigDecimal.valueOf(100))
					.divide(BigDecimal.valueOf(target), 1, RoundingMode.HALF_UP)
					.doubleValue();
	}

	static IndicatorValue value(Indicator i, BigDecimal actual, Integer target, double elapsed) {
		if (target == null || actual == null) {
			return new IndicatorValue(i.name(), i.unit().name(), actual, target, null, null, null);
		}
		Double achievement = achievement(actual, target);
		if (i.percent()) {
			return new IndicatorValue(i.name(), i.unit().name(), actual, target, achievement, null,
					actual.compareTo(BigDecimal.valueOf(target)) >= 0);
		}
		double pace = target * elapsed;
		return new IndicatorValue(i.name(), i.unit().name(), actual, target, achievement, pace,
				actual.doubleValue() >= pace);
	}

	private static int sum(List<EventCounts.EventSummary> events, Set<String> kinds,
			ToIntFunction<EventCounts.EventSummary> field) {
		return events.stream().filter(e -> kinds == null || kinds.contains(e.kind())).mapToInt(field).sum();
	}

	private static BigDecimal count(int n) {
		return BigDecimal.valueOf(n);
	}

	/** A share in percent, one decimal; null when the whole is 0. */
	static BigDecimal share(int part, int whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}

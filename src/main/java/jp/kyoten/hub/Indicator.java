package jp.kyoten.hub;

import java.util.Arrays;
import java.util.List;

/**
 * The indicators a hub is measured by, per hub kind, with the figure its source document
 * proposes (a hint for the manager, who sets the year's targets):
 * <ul>
 * <li>PRO_TALENT: the five KPIs of seed 000 §6 ({@link Kpi});
 * <li>TALENT_PROGRAMME (seed 001 §2–3): 満足度 ≥ 90 %, 内定率 ≥ 20 %, 内定件数, participant
 * companies (延べ) of the networking events (5 times, 150 companies) and seminars (7 times,
 * 350), of the matching events (15 + 50), and participant institutions (延べ) of the
 * networking events for institutions (3 times, 180) and workshops (7 times, 350);
 * <li>YOROZU (seed 004 I.4, II): 相談件数 (延べ), 相談企業数, 新規相談企業数, referrals to other
 * institutions, joint support with other institutions, user satisfaction.
 * </ul>
 */
public enum Indicator {

	CONSULTATIONS(HubKind.PRO_TALENT, Unit.COUNT, 260), PLACEMENTS(HubKind.PRO_TALENT, Unit.COUNT, 65),
	DIGITAL_PLACEMENTS(HubKind.PRO_TALENT, Unit.COUNT, 12),
	FINANCIAL_REFERRAL_PLACEMENTS(HubKind.PRO_TALENT, Unit.COUNT, 12),
	SIDE_JOB_NEW_COMPANY_PLACEMENTS(HubKind.PRO_TALENT, Unit.COUNT, 20),

	TP_SATISFACTION(HubKind.TALENT_PROGRAMME, Unit.PERCENT, 90),
	TP_OFFER_RATE(HubKind.TALENT_PROGRAMME, Unit.PERCENT, 20), TP_OFFERS(HubKind.TALENT_PROGRAMME, Unit.COUNT, 25),
	TP_NETWORKING_COMPANIES(HubKind.TALENT_PROGRAMME, Unit.COUNT, 150),
	TP_SEMINAR_COMPANIES(HubKind.TALENT_PROGRAMME, Unit.COUNT, 350),
	TP_MATCHING_COMPANIES(HubKind.TALENT_PROGRAMME, Unit.COUNT, 65),
	TP_NETWORKING_INSTITUTIONS(HubKind.TALENT_PROGRAMME, Unit.COUNT, 180),
	TP_WORKSHOP_INSTITUTIONS(HubKind.TALENT_PROGRAMME, Unit.COUNT, 350),

	YZ_CONSULTATIONS(HubKind.YOROZU, Unit.COUNT, null), YZ_COMPANIES(HubKind.YOROZU, Unit.COUNT, null),
	YZ_NEW_COMPANIES(HubKind.YOROZU, Unit.COUNT, null), YZ_REFERRALS(HubKind.YOROZU, Unit.COUNT, null),
	YZ_JOINT_SUPPORT(HubKind.YOROZU, Unit.COUNT, null), YZ_SATISFACTION(HubKind.YOROZU, Unit.PERCENT, null);

	/** A count, or a percentage (its target is reached or not; there is no pace). */
	public enum Unit {

		COUNT, PERCENT

	}

	private final HubKind kind;

	private final Unit unit;

	private final Integer suggested;

	Indicator(HubKind kind, Unit unit, Integer suggested) {
		this.kind = kind;
		this.unit = unit;
		this.suggested = suggested;
	}

	public HubKind kind() {
		return kind;
	}

	public Unit unit() {
		return unit;
	}

	public boolean percent() {
		return unit == Unit.PERCENT;
	}

	/** The figure the seed proposes, or null where it names none. */
	public Integer suggested() {
		return suggested;
	}

	/** The indicator set of a hub kind, in order. */
	public static List<Indicator> of(HubKind kind) {
		return Arrays.stream(values()).filter(i -> i.kind == kind).toList();
	}

}

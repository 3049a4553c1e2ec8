/**
 * Finance: the hub's books by 経費区分 (seed 001 §10, seed 004 IX) with their evidence,
 * budget against actual, the ratio limits checked at the final inspection (一般管理費 ≤ 10 %,
 * 再委託 ≤ 50 %), closed months with reversing entries, the 確定検査 package, the personnel cost
 * computed from staff work days (a manager's five-day week, the よろず 謝金 per case), the
 * hub's own income from agency fee agreements applied to confirmed placements, the
 * outside funders' pipeline and the balanced scorecard of the self-sufficiency roadmap
 * (seed 003), and the books' retention ({@link jp.kyoten.finance.BooksRetention}). It
 * reads placements through {@link jp.kyoten.matching.Placements}, agencies through
 * {@link jp.kyoten.agency.Agencies}, events through {@link jp.kyoten.events.EventPlans}
 * and {@link jp.kyoten.events.EventCounts}, visits and consultations through
 * {@link jp.kyoten.activity.Visits}, {@link jp.kyoten.activity.Consultations} and
 * {@link jp.kyoten.activity.ActivityCounts}; its public types are the views pages and the
 * API show. For reading in SQL it publishes the view {@code kpi_income} (migration V250,
 * ADR 210, ADR 244): the hub's income per confirmed placement.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Finance")
package jp.kyoten.finance;

/**
 * Reporting: the hub's KPIs per fiscal year (April–March) counted exactly by the rules of
 * the contract, the dashboard (against target and pace, month by month, the funnel 集客 →
 * 相談 → ニーズ → 取り繋ぎ → 成約, breakdowns of placements) and the monthly report (月次報告) with its
 * submitted versions and its xlsx, PDF and CSV exports, and the fairness report (per
 * agency: selection sheets, choices, hand-offs, placements). Everything here is a read
 * model written in SQL over the {@code kpi_*} views that activity, matching, directory,
 * institution and agency publish in their migrations and the events module's
 * {@code event_participant} view — never their tables (ADR 210); it changes none of them.
 * Its own tables are {@code monthly_report} and what hangs off it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package jp.kyoten.reporting;

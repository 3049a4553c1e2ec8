/**
 * Obligations (契約上の義務): what the hub's contract obliges it to do in a fiscal year, kept
 * as data per hub and year — counts of events of a kind with a minimum, documents due by
 * a date (some approved by the prefecture), reports due every month — each with its
 * progress (done / planned / due) and a warning as its deadline nears, on the dashboard,
 * on "my work" and in the morning digest. Defaults are seeded from the hub kind's source
 * document and edited by the manager. The prefecture's officer approves or sends back
 * event plans and plan documents on the approvals page. Progress reads what the events
 * and reporting modules publish ({@link jp.kyoten.events.EventCounts},
 * {@link jp.kyoten.reporting.ReportSubmissions}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Obligations")
package jp.kyoten.obligations;

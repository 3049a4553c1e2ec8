/**
 * Activity: the hub's consultations (相談) with companies — new or follow-up, channel,
 * referral route, management issues, next action and follow-up date — and the phone
 * desk's quick entry. Its public types are its API:
 * {@link jp.kyoten.activity.RecordConsultation} and
 * {@link jp.kyoten.activity.Consultations} with the records and codes they take and give,
 * and for reading in SQL the view {@code kpi_consultation} (migration V223, ADR 210):
 * other modules read that, never the {@code consultation} table; and the event
 * {@link jp.kyoten.activity.ConsultationRecorded}, which the national module listens to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activity")
package jp.kyoten.activity;

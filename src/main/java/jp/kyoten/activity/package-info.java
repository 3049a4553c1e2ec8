/**
 * Activity: the hub's consultations (相談) with companies — new or follow-up, channel, referral route, management
 * issues, next action and follow-up date — and the phone desk's quick entry. Its public types are its API:
 * {@link jp.kyoten.activity.RecordConsultation} and {@link jp.kyoten.activity.Consultations} with the records and codes
 * they take and give, and the event {@link jp.kyoten.activity.ConsultationRecorded}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activity")
package jp.kyoten.activity;

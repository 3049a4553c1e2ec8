/**
 * Events (イベント): seminars, councils, serial workshops, matching events and symposiums of
 * a hub — planning and approval (計画 → 承認 → 公開 → 開催済 → 報告済), the public calendar and
 * registration with a waiting list that moves up by itself, mails through
 * {@link jp.kyoten.mail.MailOutbox}, check-in on the day (list, QR code, walk-ins,
 * attendance per session), the standard questionnaire and its satisfaction figure,
 * council minutes and handouts, announcements to those who agreed, the hire/offer
 * follow-up of participant companies, reports (xlsx, PDF) and the {@code /api/v1/events}
 * API. Registrants are matched to the directory's companies with
 * {@link jp.kyoten.directory.Companies#matchOrRegister}. For reading in SQL it publishes
 * the view {@code event_participant} (migration V120, ADR 210; {@code registration_id}
 * added in V249). At a matching event the figures' 人材 are the talent programme's 参加人材,
 * through {@link jp.kyoten.events.ParticipantTalentCount} which the talent module
 * implements; a TALENT registration of a matching event is announced as
 * {@link jp.kyoten.events.TalentRegistered} (ADR 246).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events")
package jp.kyoten.events;

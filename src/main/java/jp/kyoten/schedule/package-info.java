/**
 * Schedule (予定): Japan's national holidays ({@link jp.kyoten.schedule.JapaneseHolidays}),
 * each hub's business calendar — hours, weekends, holidays and the closures its manager
 * sets ({@link jp.kyoten.schedule.BusinessCalendar}) — and staff appointments on a
 * calendar with day, week and month views, "my work" for today and this week, a JSON API
 * and private iCalendar feeds. Other modules book appointments with
 * {@link jp.kyoten.schedule.BookAppointment} and read them through
 * {@link jp.kyoten.schedule.Appointments}, naming companies, consultations and events by
 * id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Schedule")
package jp.kyoten.schedule;

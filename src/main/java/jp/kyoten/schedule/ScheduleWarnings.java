package jp.kyoten.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;

/**
 * Warns, without refusing, when an appointment falls on a day the hub is closed or
 * outside its business hours: a visit on a Saturday or an evening event is allowed, but
 * should be a choice.
 */
@Component
class ScheduleWarnings {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M/d");

	private final BusinessCalendar calendar;

	private final MessageSource messages;

	ScheduleWarnings(BusinessCalendar calendar, MessageSource messages) {
		this.calendar = calendar;
		this.messages = messages;
	}

	/**
	 * The warnings for the appointment, in the request's language; empty when all is
	 * well.
	 */
	List<String> of(AppointmentDetails d) {
		long hubId = HubScope.require();
		LocalDate first = d.startsAt().atZone(HubTime.ZONE).toLocalDate();
		LocalDate last = d.endsAt().minusNanos(1).atZone(HubTime.ZONE).toLocalDate();
		List<String> closedDays = calendar.statuses(hubId, first, last)
			.stream()
			.filter(s -> !s.open())
			.map(this::describe)
			.toList();
		List<String> warnings = new ArrayList<>();
		if (!closedDays.isEmpty()) {
			warnings.add(message("schedule.warning.closed", String.join(message("schedule.warning.separator"),
					closedDays.size() > 5 ? closedDays.subList(0, 5) : closedDays), closedDays.size()));
		}
		if (!d.allDay() && !calendar.withinBusinessHours(hubId, d.startsAt(), d.endsAt())) {
			BusinessHours hours = calendar.hours(hubId);
			warnings.add(message("schedule.warning.outsideHours", hours.opens().toString(), hours.closes().toString()));
		}
		return warnings;
	}

	/** 「8/13（お盆）」「9/22（国民の休日）」「8/15（土曜日）」 */
	String describe(DayStatus s) {
		String reason = s.holiday() != null ? s.holiday()
				: s.closure() != null ? s.closure() : s.date().getDayOfWeek().getDisplayName(TextStyle.FULL, locale());
		return message("schedule.warning.day", s.date().format(DAY), reason);
	}

	private Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, locale());
	}

}

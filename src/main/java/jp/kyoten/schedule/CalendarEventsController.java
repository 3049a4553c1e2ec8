package jp.kyoten.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jp.kyoten.identity.KyotenUser;
import jp.kyoten.identity.StaffMember;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;
import jp.kyoten.platform.web.Feedback;

/**
 * The calendar page's JSON: the events FullCalendar draws (appointments, holidays,
 * closures) and the move a drag makes. FullCalendar runs in Japan time without a
 * time-zone plugin, so times travel as Japan wall-clock time without an offset
 * ({@code 2026-04-01T09:00:00}); offsets are accepted too.
 */
@RestController
@RequestMapping("/schedule")
@PreAuthorize(SchedulePermissions.STAFF)
class CalendarEventsController {

	static final java.time.format.DateTimeFormatter WALL_CLOCK = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	/** One FullCalendar event object. */
	record CalendarEvent(String id, String title, String start, String end, boolean allDay, String url, String display,
			List<String> classNames, boolean editable, Map<String, Object> extendedProps) {
	}

	record MoveRequest(@NotBlank String start, String end, @NotNull Boolean allDay, @NotNull Integer version) {
	}

	record MoveResult(long id, int version, List<String> warnings) {
	}

	private final Appointments appointments;

	private final ChangeAppointment change;

	private final SchedulePermissions permissions;

	private final ScheduleWarnings warnings;

	private final BusinessCalendar calendar;

	private final Feedback feedback;

	CalendarEventsController(Appointments appointments, ChangeAppointment change, SchedulePermissions permissions,
			ScheduleWarnings warnings, BusinessCalendar calendar, Feedback feedback) {
		this.appointments = appointments;
		this.change = change;
		this.permissions = permissions;
		this.warnings = warnings;
		this.calendar = calendar;
		this.feedback = feedback;
	}

	/**
	 * {@code owner}: {@code me}, {@code hub} or a person's id; at most 62 days at a time.
	 */
	@GetMapping("/events")
	List<CalendarEvent> events(@RequestParam String start, @RequestParam String end,
			@RequestParam(defaultValue = "me") String owner, @AuthenticationPrincipal KyotenUser user) {
		Instant from = instant(start);
		Instant to = instant(end);
		if (!to.isAfter(from) || ChronoUnit.DAYS.between(from, to) > 62) {
			throw new IllegalArgumentException("range " + start + " – " + end);
		}
		boolean wholeHub = "hub".equals(owner);
		long person = "me".equals(owner) || wholeHub ? user.userId() : Long.parseLong(owner);
		List<AppointmentView> found = wholeHub ? appointments.ofHub(from, to) : appointments.ofPerson(person, from, to);
		Map<Long, String> names = wholeHub
				? permissions.allMembers().stream().collect(Collectors.toMap(StaffMember::id, StaffMember::displayName))
				: Map.of();
		List<CalendarEvent> events = new ArrayList<>();
		for (AppointmentView a : found) {
			events.add(event(a, wholeHub, names, user));
		}
		LocalDate first = from.atZone(HubTime.ZONE).toLocalDate();
		LocalDate last = to.minusNanos(1).atZone(HubTime.ZONE).toLocalDate();
		for (DayStatus day : calendar.statuses(HubScope.require(), first, last)) {
			if (day.holiday() != null || day.closure() != null) {
				boolean holiday = day.holiday() != null;
				events.add(new CalendarEvent(null, holiday ? day.holiday() : day.closure(), day.date().toString(),
						day.date().plusDays(1).toString(), true, null, "background",
						List.of(holiday ? "cal-holiday" : "cal-closure"), false, Map.of()));
			}
		}
		return events;
	}

	@PatchMapping("/appointments/{id}/time")
	MoveResult move(@PathVariable long id, @Valid @RequestBody MoveRequest request) {
		Instant start = instant(request.start());
		boolean allDay = request.allDay();
		Instant end = request.end() == null || request.end().isBlank()
				? start.plus(allDay ? 1 : 0, ChronoUnit.DAYS).plus(allDay ? 0 : 1, ChronoUnit.HOURS)
				: instant(request.end());
		int version = change.move(id, request.version(), start, end, allDay);
		return new MoveResult(id, version, warnings.of(appointments.get(id).details()));
	}

	private CalendarEvent event(AppointmentView a, boolean wholeHub, Map<Long, String> names, KyotenUser user) {
		String title = a.title();
		if (wholeHub) {
			String who = a.ownerId() == null ? feedback.say("schedule.wholeHub") : names.getOrDefault(a.ownerId(), "—");
			title = feedback.say("schedule.event.withOwner", who, a.title());
		}
		if (a.cancelled()) {
			title = feedback.say("schedule.event.cancelled", title);
		}
		List<String> classes = new ArrayList<>(
				List.of("appt", "appt--" + a.kind().name().toLowerCase().replace('_', '-')));
		if (a.cancelled()) {
			classes.add("appt--cancelled");
		}
		Function<OffsetDateTime, String> wall = t -> a.allDay() ? t.toLocalDate().toString()
				: WALL_CLOCK.format(t.toLocalDateTime());
		boolean editable = !a.cancelled() && SchedulePermissions.mayChange(a.ownerId(), a.createdBy(), user);
		return new CalendarEvent(String.valueOf(a.id()), title, wall.apply(a.startsAt()), wall.apply(a.endsAt()),
				a.allDay(), "/schedule/appointments/" + a.id(), "auto", classes, editable,
				Map.of("version", a.version(), "kind", a.kind().name(), "status", a.status().name()));
	}

	/**
	 * Japan wall-clock date-time, a date (midnight in Japan), or an instant with an
	 * offset.
	 */
	static Instant instant(String s) {
		String text = s.strip();
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text).atStartOfDay(HubTime.ZONE).toInstant();
			}
			if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:?\\d{2}$")) {
				return OffsetDateTime.parse(text).toInstant();
			}
			return LocalDateTime.parse(text).atZone(HubTime.ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("not a date-time: " + s, ex);
		}
	}

}

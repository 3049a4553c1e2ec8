package jp.kyoten.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.time.HubTime;

/**
 * The appointment form: dates and times as a person enters them in Japan time.
 * {@code owner} is a user id, or {@code hub} for the whole hub. An all-day appointment's
 * end date is its last day.
 */
record AppointmentForm(@NotBlank @Size(max = 200) String title, @NotNull AppointmentKind kind, Boolean allDay,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
		@DateTimeFormat(pattern = "HH:mm") LocalTime startTime,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
		@DateTimeFormat(pattern = "HH:mm") LocalTime endTime, @Size(max = 200) String location,
		@Size(max = 4000) String notes, @NotBlank @Pattern(regexp = "hub|[0-9]{1,18}") String owner, Long companyId,
		Long consultationId, Long eventId, Integer version) {

	static final String WHOLE_HUB = "hub";

	AppointmentForm {
		title = FormText.trimmed(title);
		location = FormText.trimmed(location);
		notes = FormText.trimmed(notes);
		owner = FormText.halfWidth(owner);
	}

	/**
	 * A new appointment on {@code date} from {@code time} for an hour (10:00 when no time
	 * is given).
	 */
	static AppointmentForm startingAt(LocalDate date, LocalTime time, String owner, Long companyId) {
		LocalTime start = time == null ? LocalTime.of(10, 0) : time;
		LocalTime end = start.isBefore(LocalTime.of(23, 0)) ? start.plusHours(1) : LocalTime.of(23, 59);
		// planned from a company's page, it is a visit to that company
		AppointmentKind kind = companyId != null ? AppointmentKind.COMPANY_VISIT : AppointmentKind.MEETING;
		return new AppointmentForm(null, kind, false, date, start, date, end, null, null, owner, companyId, null, null,
				null);
	}

	static AppointmentForm of(AppointmentView a) {
		return new AppointmentForm(a.title(), a.kind(), a.allDay(), a.firstDay(),
				a.allDay() ? null : a.startsAt().toLocalTime(), a.allDay() ? a.lastDay() : a.endsAt().toLocalDate(),
				a.allDay() ? null : a.endsAt().toLocalTime(), a.location(), a.notes(),
				a.ownerId() == null ? WHOLE_HUB : String.valueOf(a.ownerId()), a.companyId(), a.consultationId(),
				a.eventId(), a.version());
	}

	boolean isAllDay() {
		return Boolean.TRUE.equals(allDay);
	}

	Long ownerId() {
		return owner == null || WHOLE_HUB.equals(owner) ? null : Long.valueOf(owner);
	}

	/**
	 * Checks what the annotations cannot (times needed unless all day, end after start)
	 * and gives the details, or {@code null} after rejecting fields.
	 */
	AppointmentDetails details(BindingResult result) {
		if (!isAllDay()) {
			if (startTime == null && !result.hasFieldErrors("startTime")) {
				result.rejectValue("startTime", "appointment.timeRequired");
			}
			if (endTime == null && !result.hasFieldErrors("endTime")) {
				result.rejectValue("endTime", "appointment.timeRequired");
			}
		}
		if (result.hasErrors()) {
			return null;
		}
		Instant start = isAllDay() ? startDate.atStartOfDay(HubTime.ZONE).toInstant()
				: startDate.atTime(startTime).atZone(HubTime.ZONE).toInstant();
		Instant end = isAllDay() ? endDate.plusDays(1).atStartOfDay(HubTime.ZONE).toInstant()
				: endDate.atTime(endTime).atZone(HubTime.ZONE).toInstant();
		if (!end.isAfter(start)) {
			result.rejectValue(isAllDay() ? "endDate" : "endTime", "appointment.endBeforeStart");
			return null;
		}
		if (java.time.Duration.between(start, end).compareTo(Appointment.MAX_LENGTH) > 0) {
			result.rejectValue("endDate", "appointment.tooLong", new Object[] { Appointment.MAX_LENGTH.toDays() },
					null);
			return null;
		}
		return new AppointmentDetails(title, kind, start, end, isAllDay(), location, notes, ownerId(), companyId,
				consultationId, eventId);
	}

}

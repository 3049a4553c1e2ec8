package jp.kyoten.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.time.HubTime;

/**
 * What staff enter about an appointment. An all-day appointment runs from midnight (Japan
 * time) of its first day to midnight after its last day. {@code ownerId} is the person it
 * belongs to, or {@code null} for the whole hub.
 */
public record AppointmentDetails(String title, AppointmentKind kind, Instant startsAt, Instant endsAt, boolean allDay,
		String location, String notes, Long ownerId, Long companyId, Long consultationId, Long eventId) {

	public AppointmentDetails {
		title = Objects.requireNonNull(FormText.trimmed(title), "title");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(startsAt, "startsAt");
		Objects.requireNonNull(endsAt, "endsAt");
		location = FormText.trimmed(location);
		notes = FormText.trimmed(notes);
	}

	/** An all-day appointment from {@code first} to {@code last}, both included. */
	public static AppointmentDetails allDay(String title, AppointmentKind kind, LocalDate first, LocalDate last,
			String location, String notes, Long ownerId) {
		return new AppointmentDetails(title, kind, first.atStartOfDay(HubTime.ZONE).toInstant(),
				last.plusDays(1).atStartOfDay(HubTime.ZONE).toInstant(), true, location, notes, ownerId, null, null,
				null);
	}

	public boolean wholeHub() {
		return ownerId == null;
	}

	AppointmentDetails movedTo(Instant start, Instant end, boolean allDay) {
		return new AppointmentDetails(title, kind, start, end, allDay, location, notes, ownerId, companyId,
				consultationId, eventId);
	}

}

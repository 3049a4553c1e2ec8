package jp.kyoten.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An appointment as other modules, pages and the JSON API see it; times are in Japan time
 * (+09:00).
 */
public record AppointmentView(long id, UUID uid, String title, AppointmentKind kind, OffsetDateTime startsAt,
		OffsetDateTime endsAt, boolean allDay, String location, String notes, Long ownerId, boolean wholeHub,
		Long companyId, Long consultationId, Long eventId, AppointmentStatus status, int sequence, Long createdBy,
		Instant createdAt, Instant updatedAt, int version) {

	public boolean cancelled() {
		return status == AppointmentStatus.CANCELLED;
	}

	/** First day, in Japan. */
	public LocalDate firstDay() {
		return startsAt.toLocalDate();
	}

	/**
	 * Last day it touches, in Japan: for an all-day appointment the day before its
	 * (exclusive) end.
	 */
	public LocalDate lastDay() {
		LocalDateTime end = endsAt.toLocalDateTime();
		return end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? end.toLocalDate().minusDays(1)
				: end.toLocalDate();
	}

	public boolean singleDay() {
		return firstDay().equals(lastDay());
	}

	AppointmentDetails details() {
		return new AppointmentDetails(title, kind, startsAt.toInstant(), endsAt.toInstant(), allDay, location, notes,
				ownerId, companyId, consultationId, eventId);
	}

}

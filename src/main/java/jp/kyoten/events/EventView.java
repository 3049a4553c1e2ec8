package jp.kyoten.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import jp.kyoten.platform.time.HubTime;

/**
 * An event as pages and the API show it, with its seats taken and people waiting. Times
 * in Japan time.
 */
record EventView(long id, UUID uid, String title, EventKind kind, String programme, EventState state,
		OffsetDateTime startsAt, OffsetDateTime endsAt, String venue, String onlineUrl, Integer capacity,
		List<Audience> audiences, String programmeText, String speakers, String coOrganisers, String theme,
		String members, String minutes, int confirmed, int waitlisted, Instant updatedAt, int version) {

	public LocalDate day() {
		return startsAt.toLocalDate();
	}

	/** Seats left, or null when there is no limit. */
	public Integer seatsLeft() {
		return capacity == null ? null : Math.max(0, capacity - confirmed);
	}

	public boolean full() {
		return capacity != null && confirmed >= capacity;
	}

	/** Whether the public may register: published and not yet begun. */
	public boolean openForRegistration() {
		return state == EventState.PUBLISHED && startsAt.toInstant().isAfter(Instant.now());
	}

	public boolean council() {
		return kind == EventKind.COUNCIL;
	}

	public EventDetails details() {
		return new EventDetails(title, kind, programme, startsAt.toInstant(), endsAt.toInstant(), venue, onlineUrl,
				capacity, audiences.isEmpty() ? java.util.Set.of() : java.util.EnumSet.copyOf(audiences), programmeText,
				speakers, coOrganisers, theme, members);
	}

}

package jp.kyoten.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.time.HubTime;

/**
 * The event form: one day with start and end times in Japan time (further sessions are
 * added on the event page).
 */
record EventForm(@NotBlank @Size(max = 200) String title, @NotNull EventKind kind, @Size(max = 100) String programme,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime startTime,
		@NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime endTime, @Size(max = 300) String venue,
		@Size(max = 500) @Pattern(regexp = "https://\\S+") String onlineUrl, @Positive @Max(100000) Integer capacity,
		List<Audience> audiences, @Size(max = 10000) String programmeText, @Size(max = 1000) String speakers,
		@Size(max = 1000) String coOrganisers, @Size(max = 300) String theme, @Size(max = 5000) String members,
		Integer version) {

	EventForm {
		title = FormText.trimmed(title);
		programme = FormText.trimmed(programme);
		venue = FormText.trimmed(venue);
		onlineUrl = FormText.trimmed(onlineUrl);
		programmeText = FormText.trimmed(programmeText);
		speakers = FormText.trimmed(speakers);
		coOrganisers = FormText.trimmed(coOrganisers);
		theme = FormText.trimmed(theme);
		members = FormText.trimmed(members);
		audiences = audiences == null ? List.of() : audiences;
	}

	static EventForm blank(LocalDate date) {
		return new EventForm(null, EventKind.SEMINAR, null, date, LocalTime.of(14, 0), LocalTime.of(16, 0), null, null,
				50, List.of(Audience.COMPANY), null, null, null, null, null, null);
	}

	static EventForm of(EventView e) {
		return new EventForm(e.title(), e.kind(), e.programme(), e.startsAt().toLocalDate(), e.startsAt().toLocalTime(),
				e.endsAt().toLocalTime(), e.venue(), e.onlineUrl(), e.capacity(), e.audiences(), e.programmeText(),
				e.speakers(), e.coOrganisers(), e.theme(), e.members(), e.version());
	}

	/** The details, or null after rejecting the fields the annotations cannot check. */
	EventDetails details(BindingResult result) {
		if (!result.hasFieldErrors("endTime") && startTime != null && endTime != null && !endTime.isAfter(startTime)) {
			result.rejectValue("endTime", "event.endBeforeStart");
		}
		if (venue == null && onlineUrl == null && !result.hasFieldErrors("onlineUrl")) {
			result.rejectValue("venue", "event.placeRequired");
		}
		if (kind == EventKind.COUNCIL && theme == null) {
			result.rejectValue("theme", "event.theme.required");
		}
		if (result.hasErrors()) {
			return null;
		}
		Instant start = date.atTime(startTime).atZone(HubTime.ZONE).toInstant();
		Instant end = date.atTime(endTime).atZone(HubTime.ZONE).toInstant();
		return new EventDetails(title, kind, programme, start, end, venue, onlineUrl, capacity,
				audiences.isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(audiences), programmeText,
				speakers, coOrganisers, theme, members);
	}

}

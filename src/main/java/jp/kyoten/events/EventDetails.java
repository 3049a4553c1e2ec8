package jp.kyoten.events;

import java.time.Instant;
import java.util.Set;

/** What staff say about an event: the form and the API both come down to this. */
record EventDetails(String title, EventKind kind, String programme, Instant startsAt, Instant endsAt, String venue,
		String onlineUrl, Integer capacity, Set<Audience> audiences, String programmeText, String speakers,
		String coOrganisers, String theme, String members) {

	EventDetails {
		audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
	}

}

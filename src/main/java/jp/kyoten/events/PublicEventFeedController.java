package jp.kyoten.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jp.kyoten.hub.Hub;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The iCalendar feed of the hub's public events, {@code /p/{hubSlug}/events.ics}, for
 * anyone to subscribe to.
 */
@Controller
class PublicEventFeedController {

	private final Hubs hubs;

	private final Events events;

	private final EventMails mails;

	PublicEventFeedController(Hubs hubs, Events events, EventMails mails) {
		this.hubs = hubs;
		this.events = events;
		this.mails = mails;
	}

	@GetMapping("/p/{hubSlug}/events.ics")
	ResponseEntity<String> feed(@PathVariable String hubSlug) {
		Hub hub = hubs.bySlug(hubSlug)
			.filter(Hub::isActive)
			.orElseThrow(() -> new RecordNotFoundException("hub", hubSlug));
		String body = HubScope.callAs(hub.getId(),
				() -> PublicEventFeed.of(hub.getName(), events.published(Instant.now()), mails::eventLink));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(15)).cachePublic())
			.body(body);
	}

}

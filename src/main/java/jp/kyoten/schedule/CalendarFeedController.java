package jp.kyoten.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.StaffMember;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * {@code /p/feeds/{token}.ics}: a person's appointments for calendar clients, which fetch
 * without signing in. The token is looked up (in a table without row-level security),
 * then the feed's hub is put in scope to read. Past appointments stay for 90 days;
 * cancelled ones for 60 days after the cancellation. Notes are never published.
 */
@Controller
class CalendarFeedController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	static final Duration PAST = Duration.ofDays(90);

	static final Duration CANCELLED_KEPT = Duration.ofDays(60);

	private final CalendarFeeds feeds;

	private final Appointments appointments;

	private final Hubs hubs;

	private final UserAccounts accounts;

	private final MessageSource messages;

	CalendarFeedController(CalendarFeeds feeds, Appointments appointments, Hubs hubs, UserAccounts accounts,
			MessageSource messages) {
		this.feeds = feeds;
		this.accounts = accounts;
		this.appointments = appointments;
		this.hubs = hubs;
		this.messages = messages;
	}

	@GetMapping("/p/feeds/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		// A feed stops with its owner's account: disabled, or moved to another hub.
		var owner = feeds.open(token)
			.filter(o -> accounts.memberOf(o.hubId(), o.userId()).filter(StaffMember::enabled).isPresent());
		if (owner.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("Not Found");
		}
		Instant now = Instant.now();
		long hubId = owner.get().hubId();
		List<AppointmentView> list = HubScope.callAs(hubId,
				() -> appointments.feedOf(owner.get().userId(), now.minus(PAST), now.minus(CANCELLED_KEPT)));
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		String body = ICalendarWriter.write(
				messages.getMessage("feed.calendarName", new Object[] { hubs.nameOf(hubId) }, Locale.JAPANESE), list,
				kind -> messages.getMessage("appointmentKind." + kind.name(), null, Locale.JAPANESE),
				a -> base + "/schedule/appointments/" + a.id());
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header("Content-Disposition", "inline; filename=\"kyoten.ics\"")
			.header("X-Robots-Tag", "noindex")
			.body(body);
	}

}

package jp.kyoten.events;

import java.time.Clock;
import java.time.YearMonth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoten.platform.Roles;
import jp.kyoten.platform.export.Label;
import jp.kyoten.platform.export.ListColumns;
import jp.kyoten.platform.export.ListExports;
import jp.kyoten.platform.time.HubTime;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListParams;

/**
 * The event list (the month shown, or every event with {@code all}) and an event's
 * registrants with their attendance, as xlsx or CSV (docs/adr/242). Another hub's event
 * is not found (404).
 */
@Controller
@PreAuthorize(Roles.EXPORTERS)
class EventListExportController {

	static final ListColumns<EventView> EVENTS = ListColumns.<EventView>of("events", "export.list.events")
		.column("export.col.startsAt", EventView::startsAt)
		.column("export.col.endsAt", EventView::endsAt)
		.column("event.title", EventView::title)
		.column("event.kind", e -> Label.of("eventKind.", e.kind()))
		.column("event.programme", e -> Label.of("programme.", e.programme()))
		.column("event.state", e -> Label.of("eventState.", e.state()))
		.column("event.venue", EventView::venue)
		.column("event.capacity", EventView::capacity)
		.column("export.col.confirmed", EventView::confirmed)
		.column("export.col.waitlisted", EventView::waitlisted)
		.column("event.audiences", e -> Label.all("audience.", e.audiences()))
		.column("event.speakers", EventView::speakers)
		.column("event.theme", EventView::theme);

	static final ListColumns<RegistrationView> REGISTRANTS = ListColumns
		.<RegistrationView>of("event_registrations", "export.list.registrants")
		.column("registration.status", r -> Label.of("registrationStatus.", r.status()))
		.column("registration.source", r -> Label.of("registrationSource.", r.source()))
		.column("registration.participantType", r -> Label.of("audience.", r.participantType()))
		.column("registration.name", RegistrationView::name)
		.column("registration.nameKana", RegistrationView::nameKana)
		.column("registration.organisation", RegistrationView::organisation)
		.column("registration.department", RegistrationView::department)
		.column("registration.email", RegistrationView::email)
		.column("registration.phone", RegistrationView::phone)
		.column("export.col.registeredAt", RegistrationView::registeredAt)
		.column("registration.attended", RegistrationView::attended)
		.column("registration.noShow", RegistrationView::noShow)
		.column("export.col.consentAnnouncements", RegistrationView::consentAnnouncements);

	private final Events events;

	private final ListExports exports;

	private final Clock clock;

	EventListExportController(Events events, ListExports exports, Clock clock) {
		this.events = events;
		this.exports = exports;
		this.clock = clock;
	}

	/**
	 * The same parameters as the list page ({@code EventsController#list}): a month, or
	 * {@code all}.
	 */
	@GetMapping("/events/list.{extension}")
	void events(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(defaultValue = "false") boolean all, @RequestParam(required = false) String q,
			ListParams list, HttpServletRequest request, HttpServletResponse response) {
		YearMonth shown = month != null ? month : YearMonth.now(clock);
		exports.respond(EVENTS, request, response,
				each -> events.export(all ? null : shown.atDay(1).atStartOfDay(HubTime.ZONE).toInstant(),
						all ? null : shown.plusMonths(1).atDay(1).atStartOfDay(HubTime.ZONE).toInstant(),
						FormText.trimmed(q), list.request(Events.SORTING), each));
	}

	/**
	 * Every registration of the event, confirmed first, then the waiting list, then the
	 * cancelled.
	 */
	@GetMapping("/events/{id}/registrations/list.{extension}")
	void registrants(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) {
		EventView event = events.get(id);
		exports.respond(REGISTRANTS.about("events/" + id + "/registrations", event.title()), request, response,
				each -> events.eachRegistration(id, each));
	}

}

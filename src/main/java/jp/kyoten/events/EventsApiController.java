package jp.kyoten.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.time.HubTime;

/**
 * Events of the caller's hub and, beneath each, its registrations, attendance and survey
 * results. Dates are {@code YYYY-MM-DD} and times {@code HH:MM}, Japan time; codes as in
 * DOMAIN.md (kinds, states, audiences).
 */
@RestController
@RequestMapping("/api/v1/events")
@PreAuthorize(EventPermissions.STAFF)
@Tag(name = "events", description = "Events (イベント) of the caller's hub: registrations, attendance, surveys")
class EventsApiController {

	private final Clock clock;

	record NewEventRequest(@NotBlank @Size(max = 200) String title,
			@NotBlank @Pattern(regexp = EventKind.CODES) String kind, @Size(max = 100) String programme,
			@NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String date,
			@NotBlank @Pattern(regexp = "\\d{2}:\\d{2}") String startTime,
			@NotBlank @Pattern(regexp = "\\d{2}:\\d{2}") String endTime, @Size(max = 300) String venue,
			@Size(max = 500) @Pattern(regexp = "https://\\S+") String onlineUrl, @Positive Integer capacity,
			List<@Pattern(regexp = "COMPANY|INSTITUTION|TALENT") String> audiences,
			@Size(max = 10000) String programmeText, @Size(max = 1000) String speakers,
			@Size(max = 1000) String coOrganisers, @Size(max = 300) String theme, @Size(max = 5000) String members) {
	}

	record NewRegistrationRequest(@NotBlank @Pattern(regexp = "COMPANY|INSTITUTION|TALENT") String participantType,
			@NotBlank @Size(max = 100) String name, @Size(max = 100) String nameKana,
			@NotBlank @Email @Size(max = 254) String email,
			@Size(max = 30) @Pattern(regexp = "[0-9+()\\-]{6,30}") String phone, @Size(max = 200) String organisation,
			@Size(max = 100) String department, Map<String, String> answers, @NotNull Boolean consentData,
			Boolean consentAnnouncements) {
	}

	record Created(long id, String status, int waitlistPosition) {
	}

	record Attendance(long registrationId, String name, String organisation, List<Long> sessions, boolean noShow) {
	}

	record SurveyResults(long eventId, int responses, int topTwo, java.math.BigDecimal satisfaction,
			Boolean meetsTarget, Map<Integer, Long> bySatisfaction, Map<String, Long> byNextAction) {
	}

	record PaperSurveyRequest(@NotNull @Min(1) @Max(5) Integer satisfaction, @Size(max = 2000) String useful,
			@NotBlank @Pattern(regexp = "CONSULT|RECRUIT|SIDE_JOB|INFO|NONE") String nextAction,
			@Size(max = 4000) String comment) {
	}

	private final Events events;

	private final PlanEvent plan;

	private final RegisterForEvent register;

	private final EventReports reports;

	private final AnswerSurvey survey;

	private final SurveyResultsQuery results;

	private final RegistrantLists registrants;

	EventsApiController(Events events, PlanEvent plan, RegisterForEvent register, EventReports reports,
			AnswerSurvey survey, SurveyResultsQuery results, Clock clock, RegistrantLists registrants) {
		this.registrants = registrants;
		this.clock = clock;
		this.events = events;
		this.plan = plan;
		this.register = register;
		this.reports = reports;
		this.survey = survey;
		this.results = results;
	}

	@GetMapping
	@Operation(summary = "Events starting in [from, to) (YYYY-MM-DD; default: this month and the next two)")
	List<EventView> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate start = from == null ? LocalDate.now(clock).withDayOfMonth(1) : from;
		LocalDate end = to == null ? start.plusMonths(3) : to;
		if (!end.isAfter(start) || end.isAfter(start.plusYears(2))) {
			throw new IllegalArgumentException("range");
		}
		return events.between(start.atStartOfDay(HubTime.ZONE).toInstant(), end.atStartOfDay(HubTime.ZONE).toInstant());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One event, with its seats taken and people waiting")
	EventView get(@PathVariable long id) {
		return events.get(id);
	}

	@PostMapping
	@PreAuthorize(EventPermissions.PLANNERS)
	@Operation(summary = "Plan an event (state PLANNED); answers 201 with its id")
	ResponseEntity<Map<String, Long>> create(@Valid @RequestBody NewEventRequest request, UriComponentsBuilder uri) {
		LocalDate date;
		LocalTime start;
		LocalTime end;
		try {
			date = LocalDate.parse(request.date());
			start = LocalTime.parse(request.startTime());
			end = LocalTime.parse(request.endTime());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("date", ex);
		}
		Instant startsAt = date.atTime(start).atZone(HubTime.ZONE).toInstant();
		Instant endsAt = date.atTime(end).atZone(HubTime.ZONE).toInstant();
		EnumSet<Audience> audiences = EnumSet.noneOf(Audience.class);
		if (request.audiences() != null) {
			request.audiences().forEach(a -> audiences.add(Audience.valueOf(a)));
		}
		EventDetails details = new EventDetails(FormText.trimmed(request.title()), EventKind.valueOf(request.kind()),
				FormText.trimmed(request.programme()), startsAt, endsAt, FormText.trimmed(request.venue()),
				FormText.trimmed(request.onlineUrl()), request.capacity(), audiences,
				FormText.trimmed(request.programmeText()), FormText.trimmed(request.speakers()),
				FormText.trimmed(request.coOrganisers()), FormText.trimmed(request.theme()),
				FormText.trimmed(request.members()));
		Event.check(details);
		long id = plan.create(details);
		return ResponseEntity.created(uri.path("/api/v1/events/{id}").buildAndExpand(id).toUri())
			.body(Map.of("id", id));
	}

	@GetMapping("/{id}/registrations")
	@PreAuthorize(EventPermissions.PLANNERS)
	@Operation(summary = "Registrations of the event: seats first, then the waiting list in order, cancelled last")
	List<RegistrationView> registrations(@PathVariable long id) {
		return registrants.of(events.get(id));
	}

	@PostMapping("/{id}/registrations")
	@PreAuthorize(EventPermissions.PLANNERS)
	@Operation(summary = "Register a person (by staff); 201 with the id and CONFIRMED or WAITLISTED")
	ResponseEntity<Created> register(@PathVariable long id, @Valid @RequestBody NewRegistrationRequest request,
			UriComponentsBuilder uri) {
		events.get(id);
		if (!Boolean.TRUE.equals(request.consentData())) {
			throw new jp.kyoten.platform.BusinessRuleException("registration.consentRequired");
		}
		Audience type = Audience.valueOf(request.participantType());
		Registrant person = new Registrant(type, FormText.trimmed(request.name()), FormText.trimmed(request.nameKana()),
				FormText.trimmed(request.email()), FormText.trimmed(request.phone()),
				type == Audience.TALENT ? null : FormText.trimmed(request.organisation()),
				FormText.trimmed(request.department()), request.answers(), true,
				Boolean.TRUE.equals(request.consentAnnouncements()));
		RegistrationResult r = register.register(id, person, RegisterForEvent.Source.STAFF);
		return ResponseEntity
			.created(uri.path("/api/v1/events/{id}/registrations/{rid}").buildAndExpand(id, r.id()).toUri())
			.body(new Created(r.id(), r.status().name(), r.waitlistPosition()));
	}

	@GetMapping("/{id}/attendance")
	@Operation(summary = "Who was checked in to which sessions, and the no-shows")
	List<Attendance> attendance(@PathVariable long id) {
		return registrants.of(events.get(id))
			.stream()
			.filter(r -> r.status() == RegistrationStatus.CONFIRMED)
			.map(r -> new Attendance(r.id(), r.name(), r.organisation(), r.attendedSessions(), r.noShow()))
			.toList();
	}

	@GetMapping("/{id}/survey-results")
	@Operation(summary = "Survey results: answers, satisfaction (share of the two best answers, %) against 90 %")
	SurveyResults surveyResults(@PathVariable long id) {
		events.get(id);
		EventFigures f = reports.ofEvent(id);
		return new SurveyResults(id, f.responses(), f.topTwo(), f.satisfaction(), f.meetsTarget(),
				results.bySatisfaction(id), results.byNextAction(id));
	}

	@PostMapping("/{id}/survey-results")
	@PreAuthorize(EventPermissions.PLANNERS)
	@Operation(summary = "Enter a paper questionnaire; 201 with its id")
	ResponseEntity<Map<String, Long>> paper(@PathVariable long id, @Valid @RequestBody PaperSurveyRequest request) {
		long answer = survey.answer(id, null,
				new SurveyAnswer(request.satisfaction(), FormText.trimmed(request.useful()),
						NextAction.valueOf(request.nextAction()), FormText.trimmed(request.comment())),
				true);
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", answer));
	}

}

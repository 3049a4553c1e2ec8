package jp.kyoten.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.web.ApiPage;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.time.HubTime;

/**
 * Appointments of the caller's hub. Times are ISO 8601 with an offset
 * ({@code 2026-04-01T09:00:00+09:00}); without one they are Japan time. An all-day
 * appointment runs from its first day to the day after its last
 * ({@code start=2026-08-13, end=2026-08-17} is 13–16 August).
 */
@RestController
@RequestMapping("/api/v1/appointments")
@PreAuthorize(SchedulePermissions.STAFF)
@Tag(name = "appointments", description = "Appointments (予定) of the caller's hub")
class AppointmentsApiController {

	private final Clock clock;

	static final int MAX_RANGE_DAYS = 366;

	/**
	 * {@code ownerId} absent and {@code wholeHub} false: the caller's own appointment.
	 */
	record NewAppointmentRequest(@NotBlank @Size(max = 200) String title,
			@NotBlank @Pattern(regexp = AppointmentKind.CODES) String kind, @NotBlank String start,
			@NotBlank String end, Boolean allDay, @Size(max = 200) String location, @Size(max = 4000) String notes,
			Long ownerId, Boolean wholeHub, Long companyId, Long consultationId, Long eventId) {

		NewAppointmentRequest {
			title = FormText.trimmed(title);
			kind = FormText.halfWidth(kind);
		}

	}

	/**
	 * Only the fields present change; {@code status: CANCELLED} cancels. {@code version}
	 * is required.
	 */
	record AppointmentChange(@Size(min = 1, max = 200) String title,
			@Pattern(regexp = AppointmentKind.CODES) String kind, String start, String end, Boolean allDay,
			@Size(max = 200) String location, @Size(max = 4000) String notes, Long ownerId, Boolean wholeHub,
			Long companyId, Long consultationId, Long eventId, @Pattern(regexp = "CANCELLED") String status,
			@NotNull Integer version) {
	}

	/**
	 * The appointment after the change, with warnings (closed day, outside business
	 * hours) that did not stop it.
	 */
	record AppointmentResult(AppointmentView appointment, List<String> warnings) {
	}

	private final Appointments appointments;

	private final BookAppointment book;

	private final ChangeAppointment change;

	private final ScheduleWarnings warnings;

	AppointmentsApiController(Appointments appointments, BookAppointment book, ChangeAppointment change,
			ScheduleWarnings warnings, Clock clock) {
		this.clock = clock;
		this.appointments = appointments;
		this.book = book;
		this.change = change;
		this.warnings = warnings;
	}

	@GetMapping
	@Operation(summary = "The hub's appointments overlapping [from, to) (default: the next 31 days from today), "
			+ "of one owner if given; cancelled ones included")
	ApiPage<AppointmentView> list(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) Long owner,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		Instant start = from == null ? LocalDate.now(clock).atStartOfDay(HubTime.ZONE).toInstant()
				: CalendarEventsController.instant(from);
		Instant end = to == null ? start.plus(31, ChronoUnit.DAYS) : CalendarEventsController.instant(to);
		if (!end.isAfter(start) || ChronoUnit.DAYS.between(start, end) > MAX_RANGE_DAYS) {
			throw new IllegalArgumentException("range");
		}
		return ApiPage
			.of(appointments.search(start, end, owner, PageRequest.of(ApiPage.page(page), ApiPage.size(size))));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One appointment of the hub")
	AppointmentView get(@PathVariable long id) {
		return appointments.get(id);
	}

	@PostMapping
	@Operation(summary = "Book an appointment; title, kind, start and end are required")
	ResponseEntity<AppointmentResult> create(@Valid @RequestBody NewAppointmentRequest request,
			@AuthenticationPrincipal KyotenUser user, UriComponentsBuilder uri) {
		Long ownerId = Boolean.TRUE.equals(request.wholeHub()) ? null
				: request.ownerId() != null ? request.ownerId() : user.userId();
		AppointmentDetails details = new AppointmentDetails(request.title(), AppointmentKind.valueOf(request.kind()),
				CalendarEventsController.instant(request.start()), CalendarEventsController.instant(request.end()),
				Boolean.TRUE.equals(request.allDay()), request.location(), request.notes(), ownerId,
				request.companyId(), request.consultationId(), request.eventId());
		long id = book.book(details);
		return ResponseEntity.created(uri.path("/api/v1/appointments/{id}").buildAndExpand(id).toUri())
			.body(new AppointmentResult(appointments.get(id), warnings.of(details)));
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change or cancel an appointment; refused with 409 when version is stale")
	AppointmentResult update(@PathVariable long id, @Valid @RequestBody AppointmentChange request) {
		AppointmentView current = appointments.get(id);
		if ("CANCELLED".equals(request.status())) {
			change.cancel(id, request.version());
			return new AppointmentResult(appointments.get(id), List.of());
		}
		AppointmentDetails was = current.details();
		Long ownerId = Boolean.TRUE.equals(request.wholeHub()) ? null
				: request.ownerId() != null ? request.ownerId() : was.ownerId();
		AppointmentDetails details = new AppointmentDetails(or(request.title(), was.title()),
				request.kind() != null ? AppointmentKind.valueOf(request.kind()) : was.kind(),
				request.start() != null ? CalendarEventsController.instant(request.start()) : was.startsAt(),
				request.end() != null ? CalendarEventsController.instant(request.end()) : was.endsAt(),
				request.allDay() != null ? request.allDay() : was.allDay(), or(request.location(), was.location()),
				or(request.notes(), was.notes()), ownerId, or(request.companyId(), was.companyId()),
				or(request.consultationId(), was.consultationId()), or(request.eventId(), was.eventId()));
		change.update(id, request.version(), details);
		return new AppointmentResult(appointments.get(id), warnings.of(details));
	}

	private static <T> T or(T value, T otherwise) {
		return value != null ? value : otherwise;
	}

}

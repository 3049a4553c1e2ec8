package jp.kyoten.privacy;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.web.ListPage;
import jp.kyoten.platform.web.ListRequest;

/**
 * The register of data handlers and the incident register of the caller's hub; another
 * hub's ids answer 404.
 */
@RestController
@RequestMapping("/api/v1/privacy")
@PreAuthorize(PrivacyRoles.KEEPERS)
@Tag(name = "privacy", description = "作業従事者名簿 (register of data handlers) and 事故報告 (incidents) of the hub")
class PrivacyApiController {

	record IncidentResponse(Incident incident, IncidentDeadlines deadlines, IncidentDeadlines.State prelimState,
			IncidentDeadlines.State finalState) {

		static IncidentResponse of(Incident i) {
			return new IncidentResponse(i, i.deadlines(), i.prelimState(), i.finalState());
		}

	}

	private final Register register;

	private final KeepRegister keep;

	private final Incidents incidents;

	private final AuditTrail audit;

	PrivacyApiController(Register register, KeepRegister keep, Incidents incidents, AuditTrail audit) {
		this.register = register;
		this.keep = keep;
		this.incidents = incidents;
		this.audit = audit;
	}

	@GetMapping("/handlers")
	@Operation(summary = "Everyone on the register: the 個人情報保護責任者 first, then by name, with from–to dates")
	List<Handler> handlers() {
		audit.viewed("privacy_handler", null, "作業従事者名簿");
		return register.all();
	}

	@GetMapping("/handlers/{id}")
	@Operation(summary = "One entry of the register")
	Handler handler(@PathVariable long id) {
		return register.get(id);
	}

	@GetMapping("/handler-changes")
	@Operation(summary = "The register's change history, newest first, with the day the prefecture was told")
	List<HandlerChange> changes() {
		return register.history(500);
	}

	@PostMapping("/handlers")
	@Operation(summary = "Adds a person to the register; the change waits for the prefecture to be told")
	ResponseEntity<Handler> addHandler(@Valid @RequestBody HandlerForm form) {
		long id = keep.add(form);
		return ResponseEntity.created(URI.create("/api/v1/privacy/handlers/" + id)).body(register.get(id));
	}

	@GetMapping("/incidents")
	@Operation(summary = "Incidents, newest found first (page from 0, size 20/50/100)")
	ListPage<Incident> incidentList(
			@org.springframework.web.bind.annotation.RequestParam(required = false) Integer page,
			@org.springframework.web.bind.annotation.RequestParam(required = false) Integer size) {
		return incidents.list(ListRequest.of(page, size, null, null, Incidents.SORTING));
	}

	@GetMapping("/incidents/{id}")
	@Operation(summary = "One incident with its deadlines: 速報 3–5 days and 確報 30 days (60 by intent) from the day "
			+ "it was found; states REPORTED, OPEN, DUE_SOON, OVERDUE")
	IncidentResponse incident(@PathVariable long id) {
		Incident incident = incidents.get(id);
		audit.viewed("privacy_incident", id, incident.title());
		return IncidentResponse.of(incident);
	}

	@PostMapping("/incidents")
	@Operation(summary = "Records an incident")
	ResponseEntity<IncidentResponse> recordIncident(@Valid @RequestBody IncidentForm form) {
		long id = incidents.record(form);
		return ResponseEntity.created(URI.create("/api/v1/privacy/incidents/" + id))
			.body(IncidentResponse.of(incidents.get(id)));
	}

}

package jp.kyoten.privacy;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;

import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;
import jp.kyoten.platform.web.ListRequest;
import jp.kyoten.platform.web.Feedback;

/**
 * The incident register (事故報告): the list, the form, the incident with its deadlines and
 * proposed records, the PDF.
 */
@Controller
@RequestMapping("/privacy/incidents")
@PreAuthorize(PrivacyRoles.KEEPERS)
class IncidentsController {

	private final Incidents incidents;

	private final PrivacyDocuments documents;

	private final Hubs hubs;

	private final Feedback feedback;

	private final AuditTrail audit;

	private final Clock clock;

	IncidentsController(Incidents incidents, PrivacyDocuments documents, Hubs hubs, Feedback feedback, AuditTrail audit,
			Clock clock) {
		this.incidents = incidents;
		this.documents = documents;
		this.hubs = hubs;
		this.feedback = feedback;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
		model.addAttribute("list", incidents.list(ListRequest.of(page, size, sort, dir, Incidents.SORTING)));
		return "privacy/incidents";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("form", IncidentForm.empty(LocalDate.now(clock.withZone(HubTime.ZONE))));
		return "privacy/incident-form";
	}

	@PostMapping
	String record(@Valid @ModelAttribute("form") IncidentForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var id = feedback.saved(errors, () -> incidents.record(form));
		if (id.isEmpty()) {
			return "privacy/incident-form";
		}
		feedback.done(redirect, "incident.saved");
		return "redirect:/privacy/incidents/" + id.get();
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		Incident incident = incidents.get(id);
		audit.viewed("privacy_incident", id, incident.title());
		model.addAttribute("incident", incident);
		model.addAttribute("proposed", incidents.proposedRecords(incident));
		return "privacy/incident";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Incident incident = incidents.get(id);
		model.addAttribute("incident", incident);
		model.addAttribute("form", IncidentForm.of(incident));
		return "privacy/incident-form";
	}

	@PostMapping("/{id}")
	String change(@PathVariable long id, @Valid @ModelAttribute("form") IncidentForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Incident incident = incidents.get(id);
		model.addAttribute("incident", incident);
		if (!feedback.accepted(errors, () -> incidents.change(id, form))) {
			return "privacy/incident-form";
		}
		feedback.done(redirect, "incident.saved");
		return "redirect:/privacy/incidents/" + id;
	}

	@GetMapping("/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		Incident incident = incidents.get(id);
		long hubId = HubScope.require();
		byte[] pdf = documents.incident(hubs.nameOf(hubId), hubs.get(hubId).getPrefectureCode(), incident);
		audit.record(AuditAction.EXPORT, "privacy_incident", id, "事故報告書 PDF");
		return RegisterController.download(pdf, MediaType.APPLICATION_PDF, "事故報告書-" + id + ".pdf");
	}

}

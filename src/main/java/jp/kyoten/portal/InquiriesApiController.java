package jp.kyoten.portal;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kyoten.platform.web.ApiPage;

@RestController
@RequestMapping("/api/v1/inquiries")
@PreAuthorize(PortalRoles.STAFF)
@Tag(name = "inquiries", description = "Consultation-form submissions (人材課題相談窓口) of the caller's hub and their triage")
class InquiriesApiController {

	record MergeRequest(@NotNull Long companyId) {
	}

	/** The outcome of a triage step: the submission as it now is. */
	record Triaged(InquiryView inquiry) {
	}

	private final Inquiries inquiries;

	private final TriageInquiry triage;

	InquiriesApiController(Inquiries inquiries, TriageInquiry triage) {
		this.inquiries = inquiries;
		this.triage = triage;
	}

	@GetMapping
	@Operation(summary = "Submissions, newest first, optionally of one status (NEW, ACCEPTED, MERGED, SPAM)")
	List<InquiryView> list(@RequestParam(required = false) InquiryStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		int pageSize = ApiPage.size(size);
		return inquiries.list(status, ApiPage.page(page) * pageSize, pageSize);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One submission of the hub")
	InquiryView get(@PathVariable long id) {
		return inquiries.get(id);
	}

	@PostMapping("/{id}/accept")
	@Operation(summary = "Accept: a consultation (channel PORTAL_FORM) for the matched company, or for a company "
			+ "registered from the form; 409 when already handled")
	InquiryView accept(@PathVariable long id) {
		triage.accept(id);
		return inquiries.get(id);
	}

	@PostMapping("/{id}/merge")
	@Operation(summary = "Merge with a known company of the hub: the consultation is recorded for that company")
	InquiryView merge(@PathVariable long id, @Valid @RequestBody MergeRequest request) {
		triage.merge(id, request.companyId());
		return inquiries.get(id);
	}

	@PostMapping("/{id}/spam")
	@Operation(summary = "Close the submission as spam")
	InquiryView spam(@PathVariable long id) {
		triage.markSpam(id);
		return inquiries.get(id);
	}

}

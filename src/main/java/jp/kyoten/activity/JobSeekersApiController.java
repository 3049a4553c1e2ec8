package jp.kyoten.activity;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;

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
import jp.kyoten.platform.web.ApiPage;

/**
 * Job seekers who contacted the caller's hub, and the agencies their data was passed to.
 */
@RestController
@RequestMapping("/api/v1/job-seekers")
@PreAuthorize(ActivityRoles.STAFF)
@Tag(name = "job-seekers", description = "Job-seeker inquiries (求職者からの問い合わせ), passed to agencies with consent")
class JobSeekersApiController {

	record Created(long id) {
	}

	record PassRequest(@NotEmpty List<Long> agencyIds) {
	}

	private final JobSeekers seekers;

	JobSeekersApiController(JobSeekers seekers) {
		this.seekers = seekers;
	}

	@PostMapping
	@Operation(summary = "Record a job seeker's inquiry; answers 201 with the new id")
	ResponseEntity<Created> create(@Valid @RequestBody JobSeekerDetails details, UriComponentsBuilder uri) {
		long id = seekers.record(details);
		return ResponseEntity.created(uri.path("/api/v1/job-seekers/{id}").buildAndExpand(id).toUri())
			.body(new Created(id));
	}

	@GetMapping
	@Operation(summary = "The hub's job seekers, newest first")
	List<JobSeekerView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		int pageSize = ApiPage.size(size);
		return seekers.recent(ApiPage.page(page) * pageSize, pageSize);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One job seeker with the agencies the data went to (the read is audit-logged)")
	JobSeekerView get(@PathVariable long id) {
		return seekers.get(id);
	}

	@PostMapping("/{id}/referrals")
	@Operation(summary = "Pass the seeker's data to registered agencies; 409 without the seeker's consent")
	JobSeekerView pass(@PathVariable long id, @Valid @RequestBody PassRequest request) {
		seekers.passTo(id, request.agencyIds());
		return seekers.get(id);
	}

}

package jp.kyoten.activity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoten.platform.Roles;
import jp.kyoten.platform.export.Label;
import jp.kyoten.platform.export.ListColumns;
import jp.kyoten.platform.export.ListExports;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListParams;

/**
 * The job seekers' inquiries as xlsx or CSV: the list page's text and order, every
 * matching inquiry, with the contact details staff took (the agencies the data went to
 * stay on each record's page) (docs/adr/242).
 */
@Controller
@PreAuthorize(Roles.EXPORTERS)
class JobSeekerListExportController {

	static final ListColumns<JobSeekerView> COLUMNS = ListColumns
		.<JobSeekerView>of("job_seekers", "export.list.jobSeekers")
		.column("jobSeeker.receivedOn", JobSeekerView::receivedOn)
		.column("jobSeeker.channel", s -> Label.of("channel.", s.channel()))
		.column("jobSeeker.name", JobSeekerView::name)
		.column("jobSeeker.email", JobSeekerView::email)
		.column("jobSeeker.phone", JobSeekerView::phone)
		.column("jobSeeker.residence", JobSeekerView::residenceName)
		.column("jobSeeker.desiredJobCategory", s -> Label.of("jobCategory.", s.desiredJobCategory()))
		.column("jobSeeker.desiredEmploymentForm", s -> Label.of("employmentForm.", s.desiredEmploymentForm()))
		.column("jobSeeker.summary", JobSeekerView::summary)
		.column("jobSeeker.consent",
				s -> Label.key(s.consentToPass() ? "jobSeeker.consent.yes" : "jobSeeker.consent.no"))
		.column("jobSeeker.staff", JobSeekerView::staffName);

	private final JobSeekers seekers;

	private final ListExports exports;

	JobSeekerListExportController(JobSeekers seekers, ListExports exports) {
		this.seekers = seekers;
		this.exports = exports;
	}

	@GetMapping("/job-seekers/list.{extension}")
	void export(@RequestParam(required = false) String q, ListParams list, HttpServletRequest request,
			HttpServletResponse response) {
		exports.respond(COLUMNS, request, response,
				each -> seekers.export(FormText.trimmed(q), list.request(JobSeekers.SORTING), each));
	}

}

package jp.kyoten.directory.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.tenancy.Actor;
import jp.kyoten.platform.Roles;
import jp.kyoten.platform.web.Feedback;

/**
 * 法人番号データの取込: the hub manager uploads the registry's full or change files for the hub's
 * prefecture; the system admin's uploads go to every hub. Progress shows while the import
 * runs in the background.
 */
@Controller
@RequestMapping("/imports")
@PreAuthorize(Roles.MANAGERS_AND_ADMIN)
class RegistryImportController {

	private final ImportCorporateNumbers imports;

	private final ImportJobs jobs;

	private final MessageSource messages;

	private final Feedback feedback;

	RegistryImportController(ImportCorporateNumbers imports, ImportJobs jobs, MessageSource messages,
			Feedback feedback) {
		this.feedback = feedback;
		this.imports = imports;
		this.jobs = jobs;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("jobs", jobs.recent(actor.hubId(), 50));
		model.addAttribute("appliedDates", jobs.appliedDiffDates(actor.hubId() == null ? 0 : actor.hubId(), 10));
		model.addAttribute("encodings", RegistryFileReader.Encoding.values());
		return "imports/list";
	}

	@PostMapping
	String upload(@AuthenticationPrincipal Actor actor, @RequestParam("files") List<MultipartFile> files,
			@RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "AUTO") RegistryFileReader.Encoding encoding, RedirectAttributes redirect) {
		List<ImportCorporateNumbers.Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files) {
			if (!file.isEmpty()) {
				uploads.add(new ImportCorporateNumbers.Upload(safeName(file.getOriginalFilename()), stream(file)));
			}
		}
		ImportJobs.Kind chosen = kind.isBlank() ? null : ImportJobs.Kind.valueOf(kind);
		return feedback
			.obtain(redirect,
					() -> imports.start(actor.hubId(), uploads, chosen, encoding, actor.userId(), actor.email()))
			.filter(ids -> ids.size() == 1)
			.map(ids -> "redirect:/imports/" + ids.getFirst())
			.orElse("redirect:/imports");
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		ImportJobs.Job job = jobs.visible(actor.hubId(), id);
		model.addAttribute("job", job);
		model.addAttribute("warning", warning(job));
		return htmx != null ? "imports/show :: progress" : "imports/show";
	}

	@PostMapping("/{id}/resume")
	String resume(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		feedback.accepted(redirect, () -> imports.resume(actor.hubId(), id));
		return "redirect:/imports/" + id;
	}

	/**
	 * The rejected lines with their reason, as CSV that opens cleanly in Excel (UTF-8
	 * with BOM).
	 */
	@GetMapping("/{id}/rejections.csv")
	void rejections(@AuthenticationPrincipal Actor actor, @PathVariable long id, HttpServletResponse response)
			throws IOException {
		ImportJobs.Job job = jobs.visible(actor.hubId(), id);
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"rejected-" + job.id() + ".csv\"");
		var out = response.getOutputStream();
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		var locale = LocaleContextHolder.getLocale();
		StringBuilder sb = new StringBuilder();
		sb.append(messages.getMessage("import.csv.header", null, locale)).append("\r\n");
		for (ImportJobs.Rejection r : jobs.rejections(job.id())) {
			sb.append(r.lineNumber())
				.append(',')
				.append(csv(messages.getMessage("import.reason." + r.reason(), null, r.reason(), locale)))
				.append(',')
				.append(csv(r.detail()))
				.append(',')
				.append(csv(r.line()))
				.append("\r\n");
			if (sb.length() > 1 << 16) {
				out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
				sb.setLength(0);
			}
		}
		out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
	}

	private String warning(ImportJobs.Job job) {
		if (job.warning() == null || !job.warning().startsWith("gap:")) {
			return null;
		}
		String[] parts = job.warning().split(":");
		return messages.getMessage("import.gap", new Object[] { parts[1], parts[2] }, LocaleContextHolder.getLocale());
	}

	/**
	 * Excel would run a cell that starts with = + - @ as a formula; such cells get a
	 * leading apostrophe.
	 */
	static String csv(String value) {
		if (value == null) {
			return "";
		}
		String v = value;
		if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		return "\"" + v.replace("\"", "\"\"") + "\"";
	}

	private static String safeName(String name) {
		if (name == null || name.isBlank()) {
			return "upload.csv";
		}
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		return base.length() > 200 ? base.substring(base.length() - 200) : base;
	}

	private static java.io.InputStream stream(MultipartFile file) {
		try {
			return file.getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package jp.kyoten.national;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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

import jp.kyoten.hub.Hub;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.web.Feedback;

/**
 * The system admin's page of the national readers: every NATIONAL_VIEWER and
 * PREFECTURE_OFFICER with the body it reads for, a form to create one, and a body to
 * change per reader ({@link AssignNationalReader}, audited).
 */
@Controller
@RequestMapping("/admin/national-readers")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AdminNationalReadersController {

	record ReaderForm(@NotNull Role role, Long hubId, @NotBlank @Email @Size(max = 254) String email,
			@NotBlank @Size(max = 100) String displayName, @NotBlank String password, @NotBlank String bodyCode) {
	}

	private final UserAccounts accounts;

	private final NationalBodies bodies;

	private final AssignNationalReader assign;

	private final Hubs hubs;

	private final Feedback feedback;

	AdminNationalReadersController(UserAccounts accounts, NationalBodies bodies, AssignNationalReader assign, Hubs hubs,
			Feedback feedback) {
		this.accounts = accounts;
		this.bodies = bodies;
		this.assign = assign;
		this.hubs = hubs;
		this.feedback = feedback;
	}

	@GetMapping
	String list(Model model) {
		List<NationalBody> all = bodies.all();
		Map<Long, NationalBody> byId = all.stream().collect(Collectors.toMap(NationalBody::id, Function.identity()));
		Map<Long, Long> assigned = bodies.assignments();
		List<Hub> allHubs = hubs.all();
		Map<Long, String> hubNames = allHubs.stream().collect(Collectors.toMap(Hub::getId, Hub::getName));
		model.addAttribute("readers",
				accounts.readers()
					.stream()
					.map(a -> new AssignNationalReader.ReaderRow(a, a.hubId() == null ? null : hubNames.get(a.hubId()),
							assigned.containsKey(a.id()) ? byId.get(assigned.get(a.id())) : null))
					.toList());
		model.addAttribute("bodies", all);
		model.addAttribute("hubs", allHubs);
		model.addAttribute("roles", List.of(Role.NATIONAL_VIEWER, Role.PREFECTURE_OFFICER));
		if (!model.containsAttribute("readerForm")) {
			model.addAttribute("readerForm", new ReaderForm(Role.NATIONAL_VIEWER, null, "", "", "", ""));
		}
		return "national/admin-readers";
	}

	@PostMapping
	String create(@Valid @ModelAttribute ReaderForm readerForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var created = feedback.saved(result, AdminNationalReadersController::fieldOf,
				() -> assign.create(readerForm.role(), readerForm.hubId(), readerForm.email(), readerForm.displayName(),
						readerForm.password(), readerForm.bodyCode()));
		if (created.isPresent()) {
			feedback.done(redirect, "national.admin.created", readerForm.email().strip());
			return "redirect:/admin/national-readers";
		}
		return list(model);
	}

	@PostMapping("/{userId}/body")
	String reassign(@PathVariable long userId, @RequestParam String bodyCode, RedirectAttributes redirect) {
		return feedback.redirect(redirect, "/admin/national-readers", "national.admin.reassigned",
				() -> assign.reassign(userId, bodyCode));
	}

	/**
	 * The field a refusal belongs to: the password, the body, the hub, else the e-mail
	 * address.
	 */
	private static String fieldOf(String code) {
		if (code.startsWith("password")) {
			return "password";
		}
		if (code.startsWith("national.admin.body") || code.equals("national.admin.officer.prefecture")) {
			return "bodyCode";
		}
		return code.equals("account.reader.hub") ? "hubId" : "email";
	}

}

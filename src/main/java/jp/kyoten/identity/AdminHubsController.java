package jp.kyoten.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.hub.Prefectures;
import jp.kyoten.platform.web.Feedback;

/** The system admin creates hubs, each with its first manager account. */
@Controller
@RequestMapping("/admin/hubs")
class AdminHubsController {

	record HubForm(@NotBlank @Size(max = 200) String name, @NotBlank @Pattern(regexp = "[a-z0-9-]{2,60}") String slug,
			@NotNull HubKind kind, @NotBlank @Pattern(regexp = "0[1-9]|[1-3][0-9]|4[0-7]") String prefectureCode,
			@NotBlank @Email @Size(max = 254) String managerEmail, @NotBlank @Size(max = 100) String managerName,
			@NotBlank String managerPassword, Boolean twoFactorRequired) {
	}

	private final Hubs hubs;

	private final UserAccounts accounts;

	private final Feedback feedback;

	private final SecondFactorAdministration secondFactors;

	AdminHubsController(Hubs hubs, UserAccounts accounts, Feedback feedback, SecondFactorAdministration secondFactors) {
		this.hubs = hubs;
		this.accounts = accounts;
		this.feedback = feedback;
		this.secondFactors = secondFactors;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("hubs", hubs.all());
		model.addAttribute("kinds", HubKind.values());
		model.addAttribute("prefectures", Prefectures.all());
		if (!model.containsAttribute("hubForm")) {
			model.addAttribute("hubForm", new HubForm("", "", HubKind.PRO_TALENT, "", "", "", "", true));
		}
		return "identity/admin-hubs";
	}

	@PostMapping
	@Transactional
	String create(@Valid @ModelAttribute HubForm hubForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var created = feedback.saved(result, AdminHubsController::fieldOf, () -> {
			// a new production hub requires the second factor unless the admin unticks it
			// (ASVS 6.3.2)
			var hub = hubs.create(hubForm.slug(), hubForm.name().strip(), hubForm.kind(), hubForm.prefectureCode(),
					Boolean.TRUE.equals(hubForm.twoFactorRequired()));
			accounts.create(hub.getId(), hubForm.managerEmail(), hubForm.managerName().strip(), Role.HUB_MANAGER,
					hubForm.managerPassword());
			return hub;
		});
		if (created.isPresent()) {
			feedback.done(redirect, "hub.created", created.get().getName());
			return "redirect:/admin/hubs";
		}
		return list(model);
	}

	/**
	 * The field of the form a refusal belongs to: the password, the hub's identifier,
	 * else the manager's address.
	 */
	private static String fieldOf(String code) {
		return code.startsWith("password") ? "managerPassword" : code.startsWith("hub") ? "slug" : "managerEmail";
	}

	/**
	 * Anyone's lost second factor, found by e-mail address (a hub manager's own, or of a
	 * hub without a manager).
	 */
	@PostMapping("/two-factor/reset")
	String resetSecondFactor(@RequestParam String email, RedirectAttributes redirect) {
		boolean found = secondFactors.resetByAdmin(email);
		if (found) {
			feedback.done(redirect, "account.twoFactor.reset");
		}
		else {
			feedback.refuse(redirect, "admin.twoFactor.unknown");
		}
		return "redirect:/admin/hubs";
	}

}

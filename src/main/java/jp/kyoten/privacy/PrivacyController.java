package jp.kyoten.privacy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The personal-data duties' start page: the four registers and what waits (changes not
 * yet told, open reports).
 */
@Controller
@PreAuthorize(PrivacyRoles.KEEPERS)
class PrivacyController {

	private final Register register;

	PrivacyController(Register register) {
		this.register = register;
	}

	@GetMapping("/privacy")
	String index(Model model) {
		model.addAttribute("untold", register.untold().size());
		return "privacy/index";
	}

}

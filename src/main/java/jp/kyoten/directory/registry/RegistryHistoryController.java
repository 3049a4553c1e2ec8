package jp.kyoten.directory.registry;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import jp.kyoten.platform.Roles;

/**
 * A company's registry history on its page (loaded with htmx), read by
 * {@link RegistryHistory}.
 */
@Controller
@PreAuthorize(Roles.STAFF)
class RegistryHistoryController {

	private final RegistryHistory history;

	RegistryHistoryController(RegistryHistory history) {
		this.history = history;
	}

	@GetMapping("/companies/{id}/registry-history")
	String history(@PathVariable long id, Model model) {
		model.addAttribute("events", history.of(id));
		return "imports/registry-history :: history";
	}

}

package jp.kyoten.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import jp.kyoten.platform.tenancy.HubScope;

@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		// an agency user's home is the agency portal: nothing else is open to it
		if (HubScope.currentAgency().isPresent()) {
			return "redirect:/agency-portal";
		}
		return "home";
	}

}

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
		// a national body's viewer has no hub: its home is the national view
		var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		if (auth != null
				&& auth.getAuthorities().stream().anyMatch(a -> "ROLE_NATIONAL_VIEWER".equals(a.getAuthority()))) {
			return "redirect:/national/kpis";
		}
		return "home";
	}

}

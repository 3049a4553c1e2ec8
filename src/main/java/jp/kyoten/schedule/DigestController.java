package jp.kyoten.schedule;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoten.identity.KyotenUser;

/** Each person turns their own morning digest on or off from "my work". */
@Controller
@PreAuthorize(SchedulePermissions.STAFF)
class DigestController {

	private final DigestSubscriptions digests;

	DigestController(DigestSubscriptions digests) {
		this.digests = digests;
	}

	@PostMapping("/my-work/digest")
	String set(@AuthenticationPrincipal KyotenUser user, @RequestParam boolean enabled) {
		digests.set(user.userId(), user.hubId(), enabled);
		return "redirect:/my-work#digest";
	}

}

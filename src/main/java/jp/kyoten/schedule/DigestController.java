package jp.kyoten.schedule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoten.identity.KyotenUser;

/** Each person turns their own morning digest on or off from "my work". */
@Controller
@PreAuthorize(SchedulePermissions.STAFF)
class DigestController {

	private final JdbcClient jdbc;

	DigestController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@PostMapping("/my-work/digest")
	@Transactional
	String set(@AuthenticationPrincipal KyotenUser user, @RequestParam boolean enabled) {
		jdbc.sql("""
				INSERT INTO user_digest (user_id, hub_id, enabled) VALUES (?, ?, ?)
				ON CONFLICT (user_id) DO UPDATE SET enabled = excluded.enabled, updated_at = now()""")
			.params(user.userId(), user.hubId(), enabled)
			.update();
		return "redirect:/my-work#digest";
	}

	static boolean enabled(JdbcClient jdbc, long userId) {
		return jdbc.sql("SELECT enabled FROM user_digest WHERE user_id = ?")
			.param(userId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

}

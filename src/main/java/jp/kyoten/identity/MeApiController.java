package jp.kyoten.identity;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "identity", description = "The caller's own account")
class MeApiController {

	record Me(long id, String email, String displayName, Role role, Long hubId) {
	}

	@GetMapping
	@Operation(summary = "The authenticated user (to check a token or password)")
	Me me(@AuthenticationPrincipal KyotenUser user) {
		return new Me(user.userId(), user.email(), user.displayName(), user.role(), user.hubId());
	}

}

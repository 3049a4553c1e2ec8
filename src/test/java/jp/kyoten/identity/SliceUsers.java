package jp.kyoten.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signs a slice's request in as a person of a hub, with the real principal
 * ({@link KyotenUser}: what {@code CurrentUser}, the hub scope and
 * {@code @AuthenticationPrincipal} read). The session carries the account's access
 * version, as the session's own read puts it there ({@link AccessVersionInSessionRead}),
 * so no database is asked whether the account still grants it.
 */
public final class SliceUsers {

	/** The name the layout shows for every slice's hub ({@link WebSliceSecurity}). */
	public static final String HUB_NAME = "熊本スライス拠点";

	private static final int ACCESS_VERSION = 1;

	private SliceUsers() {
	}

	/** The account id of the slice's person in this role. */
	public static long idOf(Role role) {
		return 1000 + role.ordinal();
	}

	public static RequestPostProcessor as(Role role, long hubId) {
		long id = idOf(role);
		KyotenUser principal = new KyotenUser(id, hubId, role.name().toLowerCase() + "@slice.test",
				"テスト " + role.name(), role, null, "{noop}unused", true, null, ACCESS_VERSION, false);
		RequestPostProcessor signedIn = user(principal);
		return request -> {
			request.getSession(true).setAttribute(AccessVersionInSessionRead.ATTRIBUTE, id << 32 | ACCESS_VERSION);
			return signedIn.postProcessRequest(request);
		};
	}

}

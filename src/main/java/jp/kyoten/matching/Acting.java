package jp.kyoten.matching;

import jp.kyoten.platform.tenancy.HubScope;

/**
 * Whether an agency is acting (the actor's name comes from {@code ActingUser}, as
 * everywhere).
 */
final class Acting {

	private Acting() {
	}

	/**
	 * Whether an agency user is acting: the data layer then shows only that agency's
	 * rows.
	 */
	static boolean agency() {
		return HubScope.currentAgency().isPresent();
	}

}

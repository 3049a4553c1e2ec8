package jp.kyoten.agency;

import jp.kyoten.identity.CurrentUser;

/**
 * Who changed a status or ticked a requirement: the signed-in user, or nobody (start-up
 * seeding). The name is kept with the record so that the history reads well after the
 * account is gone.
 */
record ActingStaff(Long userId, String name) {

	static final ActingStaff NOBODY = new ActingStaff(null, null);

	static ActingStaff current() {
		return CurrentUser.get().map(u -> new ActingStaff(u.userId(), u.displayName())).orElse(NOBODY);
	}

}

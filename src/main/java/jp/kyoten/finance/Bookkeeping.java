package jp.kyoten.finance;

import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;

/**
 * What every write of the module records alike: who did it, and free text kept without
 * its blanks.
 */
final class Bookkeeping {

	private Bookkeeping() {
	}

	/** The signed-in user's id; null for the demo data and background work. */
	static Long user() {
		return CurrentUser.get().map(KyotenUser::userId).orElse(null);
	}

	/** Free text as kept: stripped, and null when nothing was written. */
	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}

package jp.kyoten.national;

/**
 * Who reads the national view: the bodies' viewers, and a prefecture's officers (for
 * their prefecture's hubs side by side). A hub's staff are refused.
 */
final class NationalRoles {

	static final String READERS = "hasAnyRole('NATIONAL_VIEWER','PREFECTURE_OFFICER')";

	private NationalRoles() {
	}

}

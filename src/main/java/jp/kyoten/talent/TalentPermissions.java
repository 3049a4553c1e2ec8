package jp.kyoten.talent;

import jp.kyoten.platform.Roles;

/**
 * Who works with the talent pool: managers, sub-managers and coordinators (clerks,
 * prefecture officers, agencies and national bodies see nothing here); the hub manager
 * maintains the skill list and grants the counselling permission. The sensitive fields
 * need that permission on top ({@link Counsellors}).
 */
final class TalentPermissions {

	static final String STAFF = Roles.CASE_STAFF;

	static final String MANAGER = "hasRole('HUB_MANAGER')";

	private TalentPermissions() {
	}

}

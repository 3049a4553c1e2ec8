package jp.kyoten.talent;

/**
 * Who works with the talent pool: managers, sub-managers and coordinators (clerks, prefecture officers, agencies and
 * national bodies see nothing here); the hub manager maintains the skill list and grants the counselling permission.
 * The sensitive fields need that permission on top ({@link Counsellors}).
 */
final class TalentPermissions {

	static final String STAFF = "hasAnyRole('HUB_MANAGER','SUB_MANAGER','COORDINATOR')";

	static final String MANAGER = "hasRole('HUB_MANAGER')";

	private TalentPermissions() {
	}

}

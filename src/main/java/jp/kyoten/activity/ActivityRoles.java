package jp.kyoten.activity;

/** Who may work with consultations: the hub's staff. Officers, agencies and national viewers see no case content. */
final class ActivityRoles {

	static final String STAFF = "hasAnyRole('HUB_MANAGER','SUB_MANAGER','COORDINATOR','CLERK')";

	private ActivityRoles() {
	}

}

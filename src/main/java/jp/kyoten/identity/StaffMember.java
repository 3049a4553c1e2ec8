package jp.kyoten.identity;

/**
 * A person working in a hub, as other modules name them: to pick an owner, to show who.
 */
public record StaffMember(long id, String displayName, Role role, boolean enabled) {

	/**
	 * Whether the role does the hub's daily work (manager, sub-manager, coordinator,
	 * clerk).
	 */
	public boolean isStaff() {
		return role == Role.HUB_MANAGER || role == Role.SUB_MANAGER || role == Role.COORDINATOR || role == Role.CLERK;
	}

}

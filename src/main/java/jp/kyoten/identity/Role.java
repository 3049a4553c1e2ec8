package jp.kyoten.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Roles of DOMAIN.md. Whether a role belongs to one hub decides whether its user carries
 * a hub.
 */
public enum Role {

	HUB_MANAGER(true), SUB_MANAGER(true), COORDINATOR(true), CLERK(true), PREFECTURE_OFFICER(true), AGENCY_USER(true),
	NATIONAL_VIEWER(false), SYSTEM_ADMIN(false);

	private final boolean belongsToHub;

	Role(boolean belongsToHub) {
		this.belongsToHub = belongsToHub;
	}

	public boolean belongsToHub() {
		return belongsToHub;
	}

	/**
	 * Whether the role sees people's data (companies' contacts, job seekers, registrants,
	 * hand-offs), so that a hub requiring a second factor requires it of the role. The
	 * national viewer sees figures only; the system admin belongs to no hub, and a second
	 * factor is its own choice.
	 */
	public boolean handlesPersonalData() {
		return belongsToHub;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * Roles a hub manager may give to the accounts of their hub. Agency users are issued
	 * from their agency's page ({@link UserAccounts#createAgencyUser}), since each acts
	 * for one agency.
	 */
	public static Set<Role> assignableByHubManager() {
		return EnumSet.of(SUB_MANAGER, COORDINATOR, CLERK, PREFECTURE_OFFICER, HUB_MANAGER);
	}

}

package jp.kyoten.platform;

/**
 * The role expressions of {@code @PreAuthorize}, written once: who may open what. A
 * module names one of these (or its own holder points at one) instead of spelling the
 * roles out, so that a new role or a changed rule is one edit. Roles are those of
 * {@code jp.kyoten.identity.Role}; Spring Security adds the {@code ROLE_} prefix.
 */
public final class Roles {

	/** Everyone who works at the hub: managers, coordinators and clerks. */
	public static final String STAFF = "hasAnyRole('HUB_MANAGER','SUB_MANAGER','COORDINATOR','CLERK')";

	/** Who works on cases (consultations, needs, talent): staff without clerks. */
	public static final String CASE_STAFF = "hasAnyRole('HUB_MANAGER','SUB_MANAGER','COORDINATOR')";

	/** The hub's manager and sub-manager. */
	public static final String MANAGERS = "hasAnyRole('HUB_MANAGER','SUB_MANAGER')";

	/** The system administrator alone (hubs, settings, the directory across hubs). */
	public static final String SYSTEM_ADMIN = "hasRole('SYSTEM_ADMIN')";

	public static final String MANAGERS_AND_ADMIN = "hasAnyRole('HUB_MANAGER','SUB_MANAGER','SYSTEM_ADMIN')";

	public static final String MANAGER_AND_ADMIN = "hasAnyRole('HUB_MANAGER','SYSTEM_ADMIN')";

	/** Managers and the prefecture's officer (approvals, reports). */
	public static final String MANAGERS_AND_OFFICER = "hasAnyRole('HUB_MANAGER','SUB_MANAGER','PREFECTURE_OFFICER')";

	public static final String CASE_STAFF_AND_OFFICER = "hasAnyRole('HUB_MANAGER','SUB_MANAGER','COORDINATOR','PREFECTURE_OFFICER')";

	public static final String STAFF_AND_OFFICER = "hasAnyRole('HUB_MANAGER','SUB_MANAGER','COORDINATOR','CLERK','PREFECTURE_OFFICER')";

	/** Staff and the agency user (hand-offs and placements seen from both sides). */
	public static final String STAFF_AND_AGENCY = "hasAnyRole('HUB_MANAGER','SUB_MANAGER','COORDINATOR','CLERK','AGENCY_USER')";

	public static final String CASE_STAFF_AND_AGENCY = "hasAnyRole('HUB_MANAGER','SUB_MANAGER','COORDINATOR','AGENCY_USER')";

	/**
	 * Who may take a staff list out of Kyoten as a file (xlsx, CSV): the people who work
	 * on the hub's cases. Not the clerk (DOMAIN.md: 受付, "no exports"), not the
	 * prefecture's officer ("no personal data by default"), not an agency user, a
	 * national viewer or the system admin (who "does not read case content").
	 * {@link #EXPORTING_ROLES} is the same rule for code; change both together.
	 */
	public static final String EXPORTERS = "hasAnyRole('HUB_MANAGER','SUB_MANAGER','COORDINATOR')";

	/** {@link #EXPORTERS} as Spring Security's authorities. */
	public static final java.util.Set<String> EXPORTING_ROLES = java.util.Set.of("ROLE_HUB_MANAGER", "ROLE_SUB_MANAGER",
			"ROLE_COORDINATOR");

	private Roles() {
	}

}

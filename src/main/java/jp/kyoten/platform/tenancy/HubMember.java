package jp.kyoten.platform.tenancy;

/**
 * Implemented by the authenticated principal so that the data layer can tell which hub's
 * rows a request may touch without knowing anything about identity.
 */
public interface HubMember {

	/**
	 * The hub this principal works in, or {@code null} for roles that belong to no hub.
	 */
	Long hubId();

	/**
	 * The recruitment agency this principal acts for, or {@code null} for hub staff. An
	 * agency in scope narrows the data layer to the rows shared with that agency.
	 */
	default Long agencyId() {
		return null;
	}

}

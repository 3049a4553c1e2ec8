package jp.kyoten.events;

/**
 * Who does what with events: all staff see events and check people in (clerks run the reception desk); managers,
 * sub-managers and coordinators plan events, register people, announce, follow up and export reports (clerks do
 * no exports); managers and sub-managers approve plans.
 */
final class EventPermissions {

	static final String STAFF = "hasAnyRole('HUB_MANAGER','SUB_MANAGER','COORDINATOR','CLERK')";

	static final String PLANNERS = "hasAnyRole('HUB_MANAGER','SUB_MANAGER','COORDINATOR')";

	static final String APPROVERS = "hasAnyRole('HUB_MANAGER','SUB_MANAGER')";

	private EventPermissions() {
	}

}

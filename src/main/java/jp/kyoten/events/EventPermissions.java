package jp.kyoten.events;

import jp.kyoten.platform.Roles;

/**
 * Who does what with events: all staff see events and check people in (clerks run the
 * reception desk); managers, sub-managers and coordinators plan events, register people,
 * announce, follow up and export reports (clerks do no exports); managers and
 * sub-managers approve plans.
 */
final class EventPermissions {

	static final String STAFF = Roles.STAFF;

	static final String PLANNERS = Roles.CASE_STAFF;

	static final String APPROVERS = Roles.MANAGERS;

	private EventPermissions() {
	}

}

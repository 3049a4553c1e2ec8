package jp.kyoten.reporting;

import jp.kyoten.platform.Roles;

/**
 * Who reads and who writes reports. The hub's staff and the prefecture's officers read
 * the dashboard and the monthly reports; clerks see the dashboard but export nothing;
 * managers and sub-managers write and submit the monthly report.
 */
final class ReportingRoles {

	static final String DASHBOARD = Roles.STAFF_AND_OFFICER;

	static final String READERS = Roles.CASE_STAFF_AND_OFFICER;

	static final String EDITORS = Roles.MANAGERS;

	private ReportingRoles() {
	}

}

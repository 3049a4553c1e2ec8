package jp.kyoten.reporting;

/**
 * Who reads and who writes reports. The hub's staff and the prefecture's officers read the dashboard and the monthly
 * reports; clerks see the dashboard but export nothing; managers and sub-managers write and submit the monthly report.
 */
final class ReportingRoles {

	static final String DASHBOARD = "hasAnyRole('HUB_MANAGER','SUB_MANAGER','COORDINATOR','CLERK','PREFECTURE_OFFICER')";

	static final String READERS = "hasAnyRole('HUB_MANAGER','SUB_MANAGER','COORDINATOR','PREFECTURE_OFFICER')";

	static final String EDITORS = "hasAnyRole('HUB_MANAGER','SUB_MANAGER')";

	private ReportingRoles() {
	}

}

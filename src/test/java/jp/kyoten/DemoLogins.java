package jp.kyoten;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jp.kyoten.platform.tenancy.HubScope;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signs MockMvc requests in as one of the demo users, with the real principal (and so the
 * real hub scope).
 */

public class DemoLogins {

	public static final String PASSWORD = "demo-pass-1234";

	public static final String KUMAMOTO_MANAGER = "manager@kumamoto.demo";

	public static final String KUMAMOTO_COORDINATOR = "coordinator@kumamoto.demo";

	public static final String FUKUOKA_MANAGER = "manager@fukuoka.demo";

	public static final String ADMIN = "admin@kyoten.demo";

	/** The Kumamoto hub's agency user (株式会社ひのくに人材), made by the demo module. */
	public static final String KUMAMOTO_AGENCY = "agency@kumamoto.demo";

	private final UserDetailsService users;

	public DemoLogins(UserDetailsService users) {
		this.users = users;
	}

	public RequestPostProcessor as(String email) {
		UserDetails details = users.loadUserByUsername(email);
		return user(details);
	}

	public UserDetails principal(String email) {
		return users.loadUserByUsername(email);
	}

	/**
	 * A recruitment agency of the hub, for tests that need an agency user (every agency
	 * user acts for one).
	 */
	public static long anyAgencyOf(JdbcClient jdbc, long hubId) {
		return HubScope.callAs(hubId,
				() -> jdbc.sql("SELECT min(id) FROM recruitment_agency").query(Long.class).single());
	}

}

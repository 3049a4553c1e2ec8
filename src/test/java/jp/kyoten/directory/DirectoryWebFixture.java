package jp.kyoten.directory;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;

/**
 * The set-up the directory's page and API tests share, written once: the requests, the
 * demo sign-ins, the database, the registration use case for their companies
 * ({@link CompanyMother}) and the demo hub 熊本 they act in.
 */
abstract class DirectoryWebFixture {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegisterCompany register;

	long kumamoto;

	@BeforeEach
	void kumamoto() {
		kumamoto = CompanyMother.hubId(jdbc, "kumamoto");
	}

}

package jp.kyoten.platform;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.RecordingConnection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a signed-in page costs the session store, counted in the statements the store
 * sends to PostgreSQL: one read (which also answers the account's access version), and no
 * write while nothing in the session changed.
 */
@KyotenSpringTest
class SessionStoreTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Autowired
	JdbcClient jdbc;

	final List<String> statements = new CopyOnWriteArrayList<>();

	JdbcTemplate storeJdbc;

	DataSource storeData;

	@BeforeEach
	void recordTheStoresStatements() {
		assertThat(sessions).isInstanceOf(SparingSessionRepository.class);
		Object store = ((SparingSessionRepository) sessions).store();
		storeJdbc = (JdbcTemplate) ReflectionTestUtils.getField(store, "jdbcOperations");
		storeData = storeJdbc.getDataSource();
		storeJdbc.setDataSource(new DelegatingDataSource(storeData) {
			@Override
			public Connection getConnection() throws java.sql.SQLException {
				return RecordingConnection.of(super.getConnection(), statements);
			}
		});
	}

	@AfterEach
	void stopRecording() {
		storeJdbc.setDataSource(storeData);
	}

	@Test
	void aSignedInPageReadsItsSessionOnceAndWritesNothingWhenNothingChanged() throws Exception {
		Cookie session = signIn();
		for (String page : List.of("/", "/consultations", "/companies")) {
			statements.clear();
			mvc.perform(get(page).cookie(session)).andExpect(status().isOk());
			assertThat(statements).as("session statements of %s", page).singleElement().satisfies(sql -> {
				assertThat(sql).startsWith("SELECT S.PRIMARY_ID").contains("USER_ACCOUNT");
			});
		}
	}

	@Test
	void writesTheLastAccessTimeOnceTheStoredOneIsAMinuteOld() throws Exception {
		Cookie session = signIn();
		jdbc.sql("UPDATE spring_session SET last_access_time = last_access_time - 61000 WHERE session_id = ?")
			.param(sessionId(session))
			.update();

		statements.clear();
		mvc.perform(get("/consultations").cookie(session)).andExpect(status().isOk());
		assertThat(statements).hasSize(2);
		assertThat(statements.get(1)).startsWith("UPDATE SPRING_SESSION").contains("LAST_ACCESS_TIME");

		statements.clear();
		mvc.perform(get("/consultations").cookie(session)).andExpect(status().isOk());
		assertThat(statements).singleElement().satisfies(sql -> assertThat(sql).startsWith("SELECT"));
	}

	@Test
	void aSignedInSessionsAuthenticationIsDeserializedOnceAndEachReadGetsAContextOfItsOwn() throws Exception {
		Object store = ((SparingSessionRepository) sessions).store();
		assertThat(ReflectionTestUtils.getField(store, "conversionService"))
			.isInstanceOf(SignedInAuthentications.class);
		Cookie session = signIn();
		mvc.perform(get("/profile").cookie(session)).andExpect(status().isOk());
		String id = sessionId(session);
		var first = (SecurityContext) sessions.findById(id).getAttribute("SPRING_SECURITY_CONTEXT");
		var second = (SecurityContext) sessions.findById(id).getAttribute("SPRING_SECURITY_CONTEXT");
		// two reads of the stored session (no request memory here): two contexts, one
		// authentication
		assertThat(second).isNotSameAs(first);
		assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
		assertThat(first.getAuthentication().getName()).isEqualTo(DemoLogins.KUMAMOTO_COORDINATOR);
	}

	/**
	 * The cookie carries the session id Base64-encoded (Spring Session's default cookie
	 * serializer).
	 */
	private static String sessionId(Cookie session) {
		return new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
	}

	/** Signs in and opens a first page, which stores the new session's CSRF token. */
	private Cookie signIn() throws Exception {
		Cookie session = mvc.perform(formLogin().user(DemoLogins.KUMAMOTO_COORDINATOR).password(DemoLogins.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		assertThat(statements).as("signing in writes the session").anyMatch(sql -> sql.startsWith("INSERT"));
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		return session;
	}

}

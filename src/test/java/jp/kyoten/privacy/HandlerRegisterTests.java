package jp.kyoten.privacy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.identity.Role;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The register of data handlers: it follows the hub's staff accounts, keeps every change
 * with the day the prefecture was told, tells the managers by mail, prints and exports,
 * and shows another hub nothing.
 */
@KyotenSpringTest
class HandlerRegisterTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext ctx;

	@Autowired
	Register register;

	PrivacyFixture fx;

	@BeforeEach
	void setUp() {
		fx = PrivacyFixture.of(ctx);
	}

	@Test
	void aStaffAccountJoinsTheRegisterAndDisablingItEndsItsEntry() throws Exception {
		PrivacyFixture.TestHub hub = fx.hub();
		List<Handler> handlers = HubScope.callAs(hub.id(), register::all);
		assertThat(handlers).extracting(Handler::name).containsExactlyInAnyOrder("鹿児島 一郎", "桜島 二郎");
		assertThat(handlers).allMatch(h -> h.toDate() == null && h.followsAccount());
		long officer = fx.accounts
			.createIfAbsent(hub.id(), "officer@" + hub.slug() + ".test", "県 担当", Role.PREFECTURE_OFFICER,
					DemoLogins.PASSWORD)
			.orElseThrow();
		assertThat(HubScope.callAs(hub.id(), () -> register.ofUser(officer)))
			.as("a prefecture officer handles no personal data")
			.isEmpty();

		long coordinator = HubScope.callAs(hub.id(), register::all)
			.stream()
			.filter(h -> h.name().equals("桜島 二郎"))
			.findFirst()
			.orElseThrow()
			.userId();
		mvc.perform(post("/accounts/{id}/enabled", coordinator).param("enabled", "false")
			.with(logins.as(hub.manager()))
			.with(csrf())).andExpect(status().is3xxRedirection());

		Handler ended = HubScope.callAs(hub.id(), () -> register.ofUser(coordinator)).orElseThrow();
		assertThat(ended.toDate()).isNotNull();
		List<HandlerChange> history = HubScope.callAs(hub.id(), () -> register.history(50));
		assertThat(history).extracting(HandlerChange::kind).contains("ADDED", "ADDED", "ENDED");
		assertThat(history).allMatch(c -> "ACCOUNT".equals(c.source()) && !c.told());
		int mails = HubScope.callAs(hub.id(),
				() -> jdbc
					.sql("SELECT count(*) FROM mail_outbox WHERE to_address = ? " + "AND subject LIKE '%作業従事者名簿%'")
					.param(hub.manager())
					.query(Integer.class)
					.single());
		assertThat(mails).as("the manager is told each change needs the prefecture told first")
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void aChangeByHandIsKeptInTheHistoryUntilThePrefectureIsTold() throws Exception {
		PrivacyFixture.TestHub hub = fx.hub();
		mvc.perform(post("/privacy/handlers").with(logins.as(hub.manager()))
			.with(csrf())
			.param("responsible", "true")
			.param("name", "Tran Thi Binh")
			.param("organisation", "保守委託先")
			.param("roleTitle", "保守担当")
			.param("dataHandled", "すべて（保守の間）")
			.param("nationality", "ベトナム")
			.param("expertise", "情報処理安全確保支援士")
			.param("fromDate", "2026-04-01")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/privacy/handlers").with(logins.as(hub.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tran Thi Binh")))
			.andExpect(content().string(containsString("ベトナム")))
			.andExpect(content().string(containsString("情報処理安全確保支援士")))
			.andExpect(content().string(containsString("まだ県に届け出ていません")));
		HandlerChange untold = HubScope.callAs(hub.id(), register::untold)
			.stream()
			.filter(c -> c.summary().contains("Tran Thi Binh"))
			.findFirst()
			.orElseThrow();
		mvc.perform(post("/privacy/handlers/changes/{id}/told", untold.id()).param("toldOn", "2026-03-28")
			.with(logins.as(hub.manager()))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(HubScope.callAs(hub.id(), () -> register.history(50))).filteredOn(c -> c.id() == untold.id())
			.singleElement()
			.satisfies(c -> {
				assertThat(c.prefectureToldOn()).hasToString("2026-03-28");
				assertThat(c.lateOn(c.effectiveOn())).as("told before it took effect").isFalse();
			});

		mvc.perform(get("/privacy/handlers/register.pdf").with(logins.as(hub.manager())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(
					result -> assertThat(result.getResponse().getContentAsByteArray()).startsWith("%PDF".getBytes()));
		mvc.perform(get("/privacy/handlers/register.xlsx").with(logins.as(hub.manager())))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsByteArray()).startsWith((byte) 'P',
					(byte) 'K'));
		mvc.perform(get("/api/v1/privacy/handlers").with(logins.as(hub.manager())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("Tran Thi Binh"))
			.andExpect(jsonPath("$[0].responsible").value(true));
	}

	@Test
	void anotherHubsEntryIsNotFound() throws Exception {
		PrivacyFixture.TestHub hub = fx.hub();
		long id = HubScope.callAs(hub.id(), register::all).getFirst().id();
		mvc.perform(get("/privacy/handlers/{id}", id).with(logins.as(hub.manager()))).andExpect(status().isOk());
		mvc.perform(get("/privacy/handlers/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/privacy/handlers/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/privacy/handlers").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theDemoHubShowsItsRegisterAndItsPages() throws Exception {
		mvc.perform(get("/privacy").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("作業従事者名簿")));
		mvc.perform(get("/privacy/handlers").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("熊本 花子")))
			.andExpect(content().string(containsString("Nguyen Van An")))
			.andExpect(content().string(not(containsString("??"))));
	}

}

package jp.kyoten.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.TestCompanies;
import jp.kyoten.activity.Channel;
import jp.kyoten.activity.ConsultationView;
import jp.kyoten.activity.Consultations;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The consultation form: spam resistance, landing in triage, and the three ways out of
 * it.
 */
@KyotenSpringTest
@RecordApplicationEvents
class PortalInquiryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	TestCompanies companies;

	@Autowired
	jp.kyoten.platform.publicform.PublicFormGuard guard;

	@Autowired
	Inquiries inquiries;

	@Autowired
	Consultations consultations;

	@Autowired
	PortalSettings settings;

	@Autowired
	Hubs hubs;

	@Autowired
	ApplicationEvents events;

	@Test
	void landsInTriageMatchedByNameAndBecomesAPortalConsultationWhenAccepted() throws Exception {
		long company = companies.create("照合見本機械株式会社");
		send(form("照合見本機械(株)", "照合 太郎"), address()).andExpect(redirectedUrl("/p/kumamoto/inquiry/thanks"));
		InquiryView inquiry = only("照合見本機械(株)");
		assertThat(inquiry.status()).isEqualTo(InquiryStatus.NEW);
		assertThat(inquiry.matchedCompanyId()).isEqualTo(company);
		assertThat(inquiry.privacyVersion()).isPositive();

		mvc.perform(post("/portal/inquiries/{id}/accept", inquiry.id()).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.with(csrf())).andExpect(status().is3xxRedirection());

		List<ConsultationView> recorded = kumamoto(() -> consultations.ofCompany(company));
		assertThat(recorded).singleElement().satisfies(c -> {
			assertThat(c.channel()).isEqualTo(Channel.PORTAL_FORM);
			assertThat(c.originPath()).isEqualTo("/portal/inquiries/" + inquiry.id());
			assertThat(c.contactName()).isEqualTo("照合 太郎");
			assertThat(c.summary()).contains("人材の相談");
		});
		assertThat(only("照合見本機械(株)").status()).isEqualTo(InquiryStatus.ACCEPTED);
		mvc.perform(
				post("/api/v1/inquiries/{id}/accept", inquiry.id()).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isConflict());
	}

	@Test
	void queuesTheAcknowledgementMailForTheSender() throws Exception {
		send(form("通知見本商事株式会社", "通知 次郎"), address()).andExpect(status().is3xxRedirection());
		InquiryView inquiry = only("通知見本商事株式会社");
		assertThat(events.stream(InquiryReceived.class)).anySatisfy(e -> {
			assertThat(e.inquiryId()).isEqualTo(inquiry.id());
			assertThat(e.email()).isEqualTo("tsuchi@example.jp");
			assertThat(e.name()).isEqualTo("通知 次郎");
			assertThat(e.hubId()).isEqualTo(hubs.bySlug("kumamoto").orElseThrow().getId());
		});
		long hub = hubs.bySlug("kumamoto").orElseThrow().getId();
		var queued = jp.kyoten.platform.tenancy.HubScope.callAs(hub, () -> jdbcForMail.sql(
				"SELECT to_name, body FROM mail_outbox WHERE to_address = 'tsuchi@example.jp' AND position(? in body) > 0")
			.param(InquiryAcknowledgement.receiptNumber(inquiry.id()))
			.query()
			.listOfRows());
		assertThat(queued).hasSize(1);
		assertThat(queued.get(0).get("to_name")).isEqualTo("通知 次郎");
		assertThat((String) queued.get(0).get("body")).doesNotContain("人材の相談");
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbcForMail;

	@Test
	void refusesAFloodFromOneAddress() throws Exception {
		String address = address();
		for (int i = 0; i < settings.submissionsPerHour(); i++) {
			send(form("洪水見本工業株式会社", "洪水 三郎"), address).andExpect(status().is3xxRedirection());
		}
		send(form("洪水見本工業株式会社", "洪水 三郎"), address).andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("送信が多すぎる")))
			.andExpect(content().string(containsString("value=\"洪水 三郎\"")));
		assertThat(all("洪水見本工業株式会社")).hasSize(settings.submissionsPerHour());
		send(form("別住所見本株式会社", "別 四郎"), address()).andExpect(status().is3xxRedirection());
	}

	@Test
	void dropsASubmissionWithTheHoneypotFilledAndThanksTheBot() throws Exception {
		send(form("罠見本株式会社", "罠 五郎").param("website", "http://spam.example"), address())
			.andExpect(redirectedUrl("/p/kumamoto/inquiry/thanks"));
		assertThat(all("罠見本株式会社")).isEmpty();
	}

	@Test
	void refusesAFormSentBackTooQuicklyOrWithAForgedTime() throws Exception {
		send(form("早送り見本株式会社", "早送 六郎").with(replacing("started", guard.issue())), address()).andExpect(status().isOk())
			.andExpect(content().string(containsString("送信が早すぎます")));
		send(form("早送り見本株式会社", "早送 六郎").with(replacing("started", "1700000000000." + "0".repeat(64))), address())
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("フォームを確認できませんでした")));
		assertThat(all("早送り見本株式会社")).isEmpty();
	}

	@Test
	void asksForConsentAndAValidCorporateNumberInJapanese() throws Exception {
		send(form("同意なし見本株式会社", "同意 七郎").with(replacing("consent", null)).param("corporateNumber", "1234567890123"),
				address())
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("プライバシーポリシーへの同意が必要です")))
			.andExpect(content().string(containsString("法人番号が正しくありません")))
			.andExpect(content().string(containsString("value=\"同意なし見本株式会社\"")));
		assertThat(all("同意なし見本株式会社")).isEmpty();
	}

	@Test
	void mergesWithAKnownCompanyOrClosesAsSpam() throws Exception {
		long known = companies.create("統合先見本物産株式会社");
		send(form("とうごうさき物産", "統合 八郎"), address()).andExpect(status().is3xxRedirection());
		InquiryView inquiry = only("とうごうさき物産");
		assertThat(inquiry.matchedCompanyId()).isNull();
		mvc.perform(post("/api/v1/inquiries/{id}/merge", inquiry.id()).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"companyId\":" + known + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("MERGED"))
			.andExpect(jsonPath("$.companyId").value(known));
		assertThat(kumamoto(() -> consultations.ofCompany(known))).singleElement()
			.satisfies(c -> assertThat(c.channel()).isEqualTo(Channel.PORTAL_FORM));

		send(form("迷惑見本株式会社", "迷惑 九郎"), address()).andExpect(status().is3xxRedirection());
		InquiryView spam = only("迷惑見本株式会社");
		mvc.perform(post("/api/v1/inquiries/{id}/spam", spam.id()).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SPAM"));
	}

	@Test
	void anotherHubsInquiryIsNotFound() throws Exception {
		send(form("福岡宛見本株式会社", "福岡 十郎"), address(), "fukuoka").andExpect(status().is3xxRedirection());
		long id = HubScope.callAs(hubs.bySlug("fukuoka").orElseThrow().getId(),
				() -> inquiries.list(null, 0, 200)
					.stream()
					.filter(i -> i.organisationName().equals("福岡宛見本株式会社"))
					.findFirst()
					.orElseThrow()
					.id());
		mvc.perform(get("/api/v1/inquiries/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/inquiries/{id}/accept", id).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/portal/inquiries/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isNotFound());
		assertThat(all("福岡宛見本株式会社")).isEmpty();
	}

	@Test
	void managersSeeTheTrendsByIssue() throws Exception {
		send(form("傾向見本株式会社", "傾向 一子"), address()).andExpect(status().is3xxRedirection());
		mvc.perform(get("/portal/inquiries/trends").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("人材確保")));
		mvc.perform(get("/portal/inquiries/trends").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isForbidden());
	}

	private MockHttpServletRequestBuilder form(String organisation, String name) {
		return post("/p/{slug}/inquiry", "kumamoto").with(csrf())
			.param("senderKind", "COMPANY")
			.param("organisationName", organisation)
			.param("senderName", name)
			.param("email", "tsuchi@example.jp")
			.param("issues", "RECRUITMENT")
			.param("message", "人材の相談をしたいです。")
			.param("preferredContact", "EMAIL")
			.param("consent", "true")
			.param("started", guard.issue(Instant.now().minusSeconds(30)));
	}

	private org.springframework.test.web.servlet.ResultActions send(MockHttpServletRequestBuilder form, String address)
			throws Exception {
		return send(form, address, "kumamoto");
	}

	private org.springframework.test.web.servlet.ResultActions send(MockHttpServletRequestBuilder form, String address,
			String slug) throws Exception {
		MockHttpServletRequestBuilder request = form;
		if (!"kumamoto".equals(slug)) {
			request = form.with(r -> {
				r.setRequestURI("/p/" + slug + "/inquiry");
				return r;
			});
		}
		return mvc.perform(request.with(r -> {
			r.setRemoteAddr(address);
			return r;
		}));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor replacing(String name,
			String value) {
		return r -> {
			r.removeParameter(name);
			if (value != null) {
				r.setParameter(name, value);
			}
			return r;
		};
	}

	/** An address of the documentation ranges no other test uses. */
	private static String address() {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		return "203.0." + r.nextInt(113, 114) + "." + r.nextInt(1, 255) + "-" + System.nanoTime();
	}

	private List<InquiryView> all(String organisation) {
		return kumamoto(() -> inquiries.list(null, 0, 200)
			.stream()
			.filter(i -> i.organisationName().equals(organisation))
			.toList());
	}

	private InquiryView only(String organisation) {
		List<InquiryView> found = all(organisation);
		assertThat(found).hasSize(1);
		return found.getFirst();
	}

	private <T> T kumamoto(java.util.function.Supplier<T> work) {
		return HubScope.callAs(hubs.bySlug("kumamoto").orElseThrow().getId(), work);
	}

}

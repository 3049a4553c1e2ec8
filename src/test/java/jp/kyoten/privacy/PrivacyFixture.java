package jp.kyoten.privacy;

import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationContext;

import jp.kyoten.DemoLogins;
import jp.kyoten.TestCompanies;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * A hub of its own per test, with a manager and a coordinator, and records in a few of
 * its tables.
 */
final class PrivacyFixture {

	record TestHub(long id, String slug, String name) {

		String manager() {
			return "manager@" + slug + ".test";
		}

		String coordinator() {
			return "coordinator@" + slug + ".test";
		}

	}

	final Hubs hubs;

	final UserAccounts accounts;

	final JdbcClient jdbc;

	final TestCompanies companies;

	final AuditTrail audit;

	static PrivacyFixture of(ApplicationContext ctx) {
		return new PrivacyFixture(ctx.getBean(Hubs.class), ctx.getBean(UserAccounts.class),
				ctx.getBean(JdbcClient.class), ctx.getBean(TestCompanies.class), ctx.getBean(AuditTrail.class));
	}

	private PrivacyFixture(Hubs hubs, UserAccounts accounts, JdbcClient jdbc, TestCompanies companies,
			AuditTrail audit) {
		this.hubs = hubs;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.companies = companies;
		this.audit = audit;
	}

	TestHub hub() {
		String slug = "priv-" + UUID.randomUUID().toString().substring(0, 8);
		String name = "個人情報テスト拠点 " + slug;
		long id = hubs.create(slug, name, HubKind.PRO_TALENT, "46").getId();
		TestHub hub = new TestHub(id, slug, name);
		accounts.createIfAbsent(id, hub.manager(), "鹿児島 一郎", Role.HUB_MANAGER, DemoLogins.PASSWORD);
		accounts.createIfAbsent(id, hub.coordinator(), "桜島 二郎", Role.COORDINATOR, DemoLogins.PASSWORD);
		return hub;
	}

	/**
	 * Companies with consultations, a job-seeker inquiry, a handed-in document (a stored
	 * file) and audit entries.
	 */
	TestHub withRecords(TestHub hub) {
		long company = companies.in(hub.slug()).create("株式会社個人情報 " + hub.slug());
		companies.in(hub.slug()).create("有限会社テスト, \"引用\" " + hub.slug());
		HubScope.runAs(hub.id(), () -> {
			for (int i = 0; i < 3; i++) {
				jdbc.sql("""
						INSERT INTO consultation (hub_id, company_id, consulted_on, channel, summary, contact_name)
						VALUES (?, ?, ?, 'PHONE', ?, '担当 花子')""")
					.params(hub.id(), company, Date.valueOf(LocalDate.of(2026, 5, 1 + i)),
							"人材の相談 " + i + "\n改行と \\ バックスラッシュと =式")
					.update();
			}
			jdbc.sql("""
					INSERT INTO job_seeker_inquiry (hub_id, received_on, channel, name, email, summary)
					VALUES (?, ?, 'PHONE', '求職 太郎', 'seeker@example.jp', '転職の相談')""")
				.params(hub.id(), Date.valueOf(LocalDate.of(2026, 6, 1)))
				.update();
			jdbc.sql("INSERT INTO obligation_year (hub_id, fiscal_year, contract_start) VALUES (?, 2026, '2026-04-01')")
				.param(hub.id())
				.update();
			jdbc.sql(
					"""
							INSERT INTO obligation (hub_id, fiscal_year, kind, title, due_on, file_name, content_type, file_data)
							VALUES (?, 2026, 'DOCUMENT', '連絡体制図', '2026-04-10', '体制図.pdf', 'application/pdf', ?)""")
				.params(hub.id(), FILE)
				.update();
			audit.viewed("company", company, "企業を閲覧");
		});
		return hub;
	}

	static final byte[] FILE = "%PDF-1.4 体制図のファイル".getBytes(java.nio.charset.StandardCharsets.UTF_8);

}

package jp.kyoten.reporting;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

import jp.kyoten.TestCompanies;
import jp.kyoten.activity.Channel;
import jp.kyoten.activity.ManagementIssue;
import jp.kyoten.activity.NewConsultation;
import jp.kyoten.activity.RecordConsultation;
import jp.kyoten.activity.Referral;
import jp.kyoten.activity.ReferralSource;
import jp.kyoten.hub.Hub;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The rows the reports read, made for a hub of their own so that every count in a test is
 * the test's: a hub (with a manager, a coordinator and an officer), companies,
 * consultations through {@link RecordConsultation}, and needs, selection sheets,
 * hand-offs and placements by SQL respecting their foreign keys (the matching module's
 * own code is not needed to read them). Built by {@link #of} from the shared test
 * context's beans, so that test classes keep sharing one context.
 */
class ReportingFixture {

	private static final AtomicInteger HUBS = new AtomicInteger();

	private final Hubs hubs;

	private final UserAccounts accounts;

	private final TestCompanies companies;

	private final RecordConsultation consultations;

	private final JdbcClient jdbc;

	static ReportingFixture of(org.springframework.context.ApplicationContext context) {
		return new ReportingFixture(context.getBean(Hubs.class), context.getBean(UserAccounts.class),
				context.getBean(TestCompanies.class), context.getBean(RecordConsultation.class),
				context.getBean(JdbcClient.class));
	}

	ReportingFixture(Hubs hubs, UserAccounts accounts, TestCompanies companies, RecordConsultation consultations,
			JdbcClient jdbc) {
		this.hubs = hubs;
		this.accounts = accounts;
		this.companies = companies;
		this.consultations = consultations;
		this.jdbc = jdbc;
	}

	/**
	 * The prefecture of the test hubs: 鹿児島県, where no demo hub is and no other test
	 * imports companies (the system administrator's corporate-number import sends each
	 * company to every hub of its prefecture).
	 */
	static final String PREFECTURE = "46";

	/**
	 * A hub of its own (in {@link #PREFECTURE}) with its own users and a registered
	 * agency.
	 */
	TestHub hub() {
		return hub(HubKind.PRO_TALENT);
	}

	TestHub hub(HubKind kind) {
		String slug = "report-test-" + Long.toString(System.nanoTime(), 36) + "-" + HUBS.incrementAndGet();
		Hub hub = hubs.create(slug, "報告テスト拠点 " + slug, kind, PREFECTURE);
		for (Role role : Set.of(Role.HUB_MANAGER, Role.COORDINATOR, Role.PREFECTURE_OFFICER, Role.CLERK)) {
			accounts.createIfAbsent(hub.getId(), email(slug, role), "報告 " + role.name().toLowerCase(), role,
					"demo-pass-1234");
		}
		TestHub h = new TestHub(hub.getId(), slug);
		h.agency = h.call(() -> jdbc.sql("""
				INSERT INTO recruitment_agency (hub_id, name, licence_number, status)
				VALUES (?, '株式会社報告テスト人材', '43-ユ-300001', 'REGISTERED') RETURNING id""")
			.param(hub.getId())
			.query(Long.class)
			.single());
		return h;
	}

	static String email(String slug, Role role) {
		return role.name().toLowerCase() + "@" + slug + ".test";
	}

	final class TestHub {

		final long id;

		final String slug;

		long agency;

		TestHub(long id, String slug) {
			this.id = id;
			this.slug = slug;
		}

		String manager() {
			return email(slug, Role.HUB_MANAGER);
		}

		String officer() {
			return email(slug, Role.PREFECTURE_OFFICER);
		}

		String coordinator() {
			return email(slug, Role.COORDINATOR);
		}

		String clerk() {
			return email(slug, Role.CLERK);
		}

		<T> T call(java.util.function.Supplier<T> work) {
			return HubScope.callAs(id, work);
		}

		long company(String name) {
			return companies.in(slug).industry("E").employees(30).create(name);
		}

		long company(String name, String industry, Integer employees) {
			TestCompanies c = companies.in(slug).industry(industry);
			return (employees == null ? c : c.employees(employees)).create(name);
		}

		/** KPI 5's override: the company's own answer on side-job talent used before. */
		void priorSideJobUse(long company, Boolean used) {
			call(() -> jdbc.sql("UPDATE company SET prior_side_job_use = ? WHERE id = ?")
				.params(used, company)
				.update());
		}

		long institution(String kind) {
			return call(() -> jdbc.sql("""
					INSERT INTO support_institution (hub_id, name, kind) VALUES (?, ?, ?) RETURNING id""")
				.params(id, "テスト機関 " + kind, kind)
				.query(Long.class)
				.single());
		}

		long consultation(long company, LocalDate date) {
			return consultation(company, date, null, Referral.source(ReferralSource.SELF), ManagementIssue.RECRUITMENT);
		}

		long followUp(long company, LocalDate date, long of) {
			return consultation(company, date, of, Referral.source(ReferralSource.SELF), ManagementIssue.RECRUITMENT);
		}

		long consultation(long company, LocalDate date, Long followUpOf, Referral referral, ManagementIssue... issues) {
			return call(() -> consultations.record(NewConsultation.of(company, date, Channel.VISIT_IN, referral,
					Set.of(issues), "人材の相談", followUpOf)));
		}

		/**
		 * A need of the consultation, inheriting its referral route as the matching
		 * module does.
		 */
		long need(long consultation, String jobCategory, boolean digital) {
			return call(() -> jdbc.sql("""
					INSERT INTO talent_need (hub_id, company_id, consultation_id, title, job_category, employment_form,
					                         digital, referral_institution_id, referral_source, status)
					SELECT hub_id, company_id, id, '人材ニーズ', ?, 'FULL_TIME', ?, referral_institution_id,
					       referral_source, 'DEFINED'
					  FROM consultation WHERE id = ? RETURNING id""")
				.params(jobCategory, digital, consultation)
				.query(Long.class)
				.single());
		}

		/** Changes the need's own referral route (staff may edit what it inherited). */
		void needReferredBy(long need, Long institution, String source) {
			call(() -> jdbc.sql("UPDATE talent_need SET referral_institution_id = ?, referral_source = ? WHERE id = ?")
				.params(institution, source, need)
				.update());
		}

		/**
		 * A placement on the need through the hub's agency: sheet, company's choice,
		 * hand-off, placement.
		 */
		long placement(long need, LocalDate contractDate, String employmentForm, boolean confirmed) {
			return placement(need, contractDate, employmentForm, confirmed, "13", PREFECTURE, 1_200_000L);
		}

		long placement(long need, LocalDate contractDate, String employmentForm, boolean confirmed, String before,
				String after, Long fee) {
			return call(() -> {
				long sheet = jdbc.sql("""
						INSERT INTO selection_sheet (hub_id, need_id, ordering, criteria)
						VALUES (?, ?, 'ROTATION 0', '{}'::jsonb) RETURNING id""")
					.params(id, need)
					.query(Long.class)
					.single();
				jdbc.sql(
						"INSERT INTO selection_sheet_agency (hub_id, sheet_id, agency_id, position) VALUES (?, ?, ?, 1)")
					.params(id, sheet, agency)
					.update();
				long handoff = jdbc.sql("""
						INSERT INTO handoff (hub_id, need_id, company_id, selection_sheet_id, agency_id, chosen_by,
						                     choice_method, chosen_on, provided_data, status)
						SELECT hub_id, id, company_id, ?, ?, '代表取締役', 'IN_PERSON', ?, '{}'::jsonb, 'PLACED'
						  FROM talent_need WHERE id = ? RETURNING id""")
					.params(sheet, agency, java.sql.Date.valueOf(contractDate.minusDays(30)), need)
					.query(Long.class)
					.single();
				return jdbc.sql("""
						INSERT INTO placement (hub_id, handoff_id, agency_id, need_id, company_id, contract_date,
						                       employment_form, residence_before_pref, residence_after_pref, fee,
						                       confirmed, confirmed_at)
						SELECT hub_id, id, agency_id, need_id, company_id, ?, ?, ?, ?, ?, ?, CASE WHEN ? THEN now() END
						  FROM handoff WHERE id = ? RETURNING id""")
					.params(java.sql.Date.valueOf(contractDate), employmentForm, before, after, fee, confirmed,
							confirmed, handoff)
					.query(Long.class)
					.single();
			});
		}

		/**
		 * An event of the kind at noon of the day (Japan time) in the state, with its one
		 * session.
		 */
		long event(String kind, LocalDate day, String title, String theme, String state) {
			return call(() -> {
				java.time.Instant start = day.atTime(12, 0).atZone(jp.kyoten.platform.time.HubTime.ZONE).toInstant();
				long event = jdbc.sql("""
						INSERT INTO event (hub_id, uid, title, kind, state, starts_at, ends_at, venue, theme)
						VALUES (?, gen_random_uuid(), ?, ?, ?, ?, ?, '熊本市国際交流会館', ?) RETURNING id""")
					.params(id, title, kind, state, java.sql.Timestamp.from(start),
							java.sql.Timestamp.from(start.plusSeconds(7200)), theme)
					.query(Long.class)
					.single();
				jdbc.sql("INSERT INTO event_session (hub_id, event_id, number, starts_at, ends_at) "
						+ "SELECT hub_id, id, 1, starts_at, ends_at FROM event WHERE id = ?")
					.param(event)
					.update();
				return event;
			});
		}

		/**
		 * A seat held at the event by a person of the company (or of an institution, or a
		 * talent: company null).
		 */
		long registration(long event, Long company, String type) {
			return call(() -> jdbc.sql("""
					INSERT INTO event_registration (hub_id, event_id, status, source, participant_type, name, email,
					                                organisation, company_id, consent_data, token)
					VALUES (?, ?, 'CONFIRMED', 'STAFF', ?, '試験 参加者', ?, '試験の所属', ?, true, ?) RETURNING id""")
				.params(id, event, type, "p" + System.nanoTime() + "@example.jp", company,
						"tok" + System.nanoTime() + HUBS.incrementAndGet())
				.query(Long.class)
				.single());
		}

		void checkIn(long registration) {
			call(() -> jdbc.sql("""
					INSERT INTO event_attendance (hub_id, registration_id, session_id, method)
					SELECT r.hub_id, r.id, s.id, 'LIST' FROM event_registration r
					  JOIN event_session s ON s.event_id = r.event_id AND s.number = 1 WHERE r.id = ?""")
				.param(registration)
				.update());
		}

		void answer(long event, Long registration, int satisfaction) {
			call(() -> jdbc
				.sql("""
						INSERT INTO event_survey_response (hub_id, event_id, registration_id, satisfaction, next_action, source)
						VALUES (?, ?, ?, ?, 'INFO', 'PAPER')""")
				.params(id, event, registration, satisfaction)
				.update());
		}

		void offer(long company, long event, LocalDate day, boolean hired) {
			call(() -> jdbc.sql("""
					INSERT INTO event_offer (hub_id, company_id, event_id, offered_on, hired, talent_name)
					VALUES (?, ?, ?, ?, ?, '試験 人材')""")
				.params(id, company, event, java.sql.Date.valueOf(day), hired)
				.update());
		}

		/** Consultation, need and placement in one go. */
		long placed(long company, LocalDate contractDate, String employmentForm) {
			long c = consultation(company, contractDate.minusDays(60));
			return placement(need(c, "SALES", false), contractDate, employmentForm, true);
		}

	}

}

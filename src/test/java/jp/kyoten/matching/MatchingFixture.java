package jp.kyoten.matching;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationContext;

import jp.kyoten.DemoLogins;
import jp.kyoten.TestCompanies;
import jp.kyoten.activity.Channel;
import jp.kyoten.activity.ManagementIssue;
import jp.kyoten.activity.NewConsultation;
import jp.kyoten.activity.RecordConsultation;
import jp.kyoten.activity.Referral;
import jp.kyoten.activity.ReferralSource;
import jp.kyoten.agency.AgencyMother;
import jp.kyoten.directory.registry.RegistryTestFiles;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * Builds the matching core's records for tests through the modules' own use cases: a
 * company with a consultation, registered agencies, a need taken as far as a hand-off,
 * and agency users. Names are unique in the run.
 */
public final class MatchingFixture {

	private static final AtomicLong NEXT = new AtomicLong(1);

	public final TestCompanies companies;

	final Hubs hubs;

	final RecordConsultation consultations;

	final ApplicationContext ctx;

	final UserAccounts accounts;

	final RegisterNeed registerNeed;

	final PrepareSelectionSheet prepare;

	final HandOffNeed handOff;

	final ReportPlacement reportPlacement;

	final ConfirmPlacement confirm;

	public static MatchingFixture of(ApplicationContext ctx) {
		TestCompanies companies = ctx.getBeanProvider(TestCompanies.class)
			.getIfAvailable(
					() -> new TestCompanies(ctx.getBean(jp.kyoten.directory.Companies.class), ctx.getBean(Hubs.class)));
		return new MatchingFixture(companies, ctx.getBean(Hubs.class), ctx.getBean(RecordConsultation.class), ctx,
				ctx.getBean(UserAccounts.class), ctx.getBean(RegisterNeed.class),
				ctx.getBean(PrepareSelectionSheet.class), ctx.getBean(HandOffNeed.class),
				ctx.getBean(ReportPlacement.class), ctx.getBean(ConfirmPlacement.class));
	}

	private MatchingFixture(TestCompanies companies, Hubs hubs, RecordConsultation consultations,
			ApplicationContext ctx, UserAccounts accounts, RegisterNeed registerNeed, PrepareSelectionSheet prepare,
			HandOffNeed handOff, ReportPlacement reportPlacement, ConfirmPlacement confirm) {
		this.companies = companies;
		this.hubs = hubs;
		this.consultations = consultations;
		this.ctx = ctx;
		this.accounts = accounts;
		this.registerNeed = registerNeed;
		this.prepare = prepare;
		this.handOff = handOff;
		this.reportPlacement = reportPlacement;
		this.confirm = confirm;
	}

	/** A word unique in the test run, without digits. */
	public static String unique() {
		return RegistryTestFiles.kanji(NEXT.getAndIncrement() + System.nanoTime() % 100000);
	}

	public long hub(String slug) {
		return hubs.bySlug(slug).orElseThrow().getId();
	}

	/**
	 * A company of the hub and a new consultation of it, referred as given; answers the
	 * consultation id.
	 */
	Consult consultation(String slug, String name, Referral referral, LocalDate date) {
		long company = companies.in(slug).industry("E").employees(40).create(name);
		long id = HubScope.callAs(hub(slug), () -> consultations.record(NewConsultation.of(company, date,
				Channel.VISIT_OUT, referral, Set.of(ManagementIssue.RECRUITMENT), "営業部長の採用について相談", null)));
		return new Consult(company, id);
	}

	public Consult consultation(String slug, String name) {
		return consultation(slug, name, Referral.source(ReferralSource.SELF), LocalDate.of(2026, 5, 12));
	}

	public record Consult(long companyId, long consultationId) {
	}

	/**
	 * A registered agency of the hub taking the form and category in the company's
	 * prefecture.
	 */
	public long agency(String slug, String name, EmploymentForm form, JobCategory category) {
		String prefecture = "fukuoka".equals(slug) ? "40" : "43";
		AgencyMother details = AgencyMother.agency().named(name).takes(form).places(category).serves(prefecture);
		return HubScope.callAs(hub(slug), () -> details.registerWith(ctx));
	}

	/** A sign-in for the agency; answers the e-mail to sign in with. */
	public String agencyUser(String slug, long agencyId) {
		String email = "agency-" + System.nanoTime() + "@test.example";
		accounts.createAgencyUserIfAbsent(hub(slug), agencyId, email, "事業者担当 " + unique(), DemoLogins.PASSWORD);
		return email;
	}

	static NeedDetails details(String title, EmploymentForm form, JobCategory category) {
		return new NeedDetails(title, category, form, false, false, "工場の生産管理を任せられる人材", "年収600万円程度", null, null);
	}

	/**
	 * A need of a new company taken to a hand-off to the given agency (which must fit
	 * it); answers the hand-off.
	 */
	HandedOff handedOff(String slug, long agencyId, EmploymentForm form, JobCategory category) {
		Consult c = consultation(slug, "取繋" + unique() + "株式会社");
		return HubScope.callAs(hub(slug), () -> {
			long need = registerNeed.register(c.consultationId(), details("生産管理責任者", form, category));
			long sheet = prepare.prepare(need);
			long handOffId = handOff
				.handOff(need,
						CompanyChoice.of(sheet, Set.of(agencyId), "熊本 一郎", ChoiceMethod.IN_PERSON,
								LocalDate.of(2026, 6, 1)))
				.getFirst()
				.id();
			return new HandedOff(c.companyId(), need, sheet, handOffId);
		});
	}

	record HandedOff(long companyId, long needId, long sheetId, long handOffId) {
	}

	/**
	 * A need of a new company handed to the agency and placed on the contract date with
	 * the fee (円); confirmed by staff when asked. Answers the placement id.
	 */
	public long placement(String slug, long agencyId, LocalDate contractDate, Long fee, boolean confirmed) {
		HandedOff h = handedOff(slug, agencyId, EmploymentForm.FULL_TIME, JobCategory.PRODUCTION);
		return HubScope.callAs(hub(slug), () -> {
			long id = reportPlacement.report(h.handOffId(),
					new PlacementReport(contractDate, null, EmploymentForm.FULL_TIME, null, null, fee));
			if (confirmed) {
				confirm.confirm(id);
			}
			return id;
		});
	}

}

package jp.kyoten.agency;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jp.kyoten.platform.work.JobCategory;
import jp.kyoten.platform.work.EmploymentForm;

/**
 * Builds agency details for tests: a licence number unique in the test run, sensible
 * strengths by default.
 */
public final class AgencyMother {

	private static final AtomicInteger NEXT_LICENCE = new AtomicInteger(800000);

	private String name = "株式会社テスト人材";

	private String licenceNumber = "43-ユ-" + NEXT_LICENCE.getAndIncrement();

	private Set<EmploymentForm> forms = EnumSet.of(EmploymentForm.FULL_TIME);

	private Set<JobCategory> categories = EnumSet.of(JobCategory.SALES);

	private List<String> prefectures = List.of("43");

	private LocalDate agreementDate;

	private LocalDate agreementEnd;

	private AgencyMother() {
	}

	public static AgencyMother agency() {
		return new AgencyMother();
	}

	public AgencyMother named(String name) {
		this.name = name;
		return this;
	}

	public AgencyMother takes(EmploymentForm... forms) {
		this.forms = EnumSet.copyOf(List.of(forms));
		return this;
	}

	public AgencyMother places(JobCategory... categories) {
		this.categories = EnumSet.copyOf(List.of(categories));
		return this;
	}

	public AgencyMother serves(String... prefectures) {
		this.prefectures = List.of(prefectures);
		return this;
	}

	public AgencyMother agreedUntil(LocalDate end) {
		this.agreementDate = end.minusYears(2);
		this.agreementEnd = end;
		return this;
	}

	public String licenceNumber() {
		return licenceNumber;
	}

	/**
	 * Receives, checks and registers the agency in the hub in scope, through the
	 * registry's own use cases (package-private: tests of other modules come here);
	 * answers its id.
	 */
	public long registerWith(org.springframework.context.ApplicationContext ctx) {
		long id = ctx.getBean(ReceiveAgencyApplication.class).receive(build());
		ctx.getBean(CheckAgencyRequirement.class).checkAll(id, "テスト");
		ctx.getBean(ChangeAgencyStatus.class).register(id);
		return id;
	}

	/** Adds a contact person to an agency of the hub in scope. */
	public static void addContact(org.springframework.context.ApplicationContext ctx, long agencyId, String name,
			String department, String email, String phone) {
		ctx.getBean(ManageAgencyContacts.class)
			.add(agencyId,
					new jp.kyoten.platform.contact.ContactPerson(name, null, department, null, email, phone, null));
	}

	AgencyDetails build() {
		return new AgencyDetails(name, null, null, licenceNumber, agreementDate, agreementEnd, forms, categories,
				List.of("E"), prefectures, "テスト用の事業者", null, null, null, null, null);
	}

}

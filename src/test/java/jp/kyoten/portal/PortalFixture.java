package jp.kyoten.portal;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

import jp.kyoten.TestCompanies;
import jp.kyoten.activity.Channel;
import jp.kyoten.activity.ManagementIssue;
import jp.kyoten.activity.NewConsultation;
import jp.kyoten.activity.RecordConsultation;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/** Portal records for tests, written through the module's own use cases in a demo hub. */
class PortalFixture {

	private final TestCompanies companies;

	private final RecordConsultation record;

	private final WriteSuccessStory stories;

	private final PortalSite site;

	private final Hubs hubs;

	PortalFixture(TestCompanies companies, RecordConsultation record, WriteSuccessStory stories, PortalSite site,
			Hubs hubs) {
		this.companies = companies;
		this.record = record;
		this.stories = stories;
		this.site = site;
		this.hubs = hubs;
	}

	/**
	 * Built from the test's application context (the fixture is no bean, so that it adds
	 * none to the context).
	 */
	static PortalFixture of(org.springframework.context.ApplicationContext context) {
		return new PortalFixture(context.getBean(TestCompanies.class), context.getBean(RecordConsultation.class),
				context.getBean(WriteSuccessStory.class), context.getBean(PortalSite.class),
				context.getBean(Hubs.class));
	}

	long hubId(String slug) {
		return hubs.bySlug(slug).orElseThrow().getId();
	}

	<T> T in(String slug, Supplier<T> work) {
		return HubScope.callAs(hubId(slug), work);
	}

	/** A new company of the hub with one consultation: {company id, consultation id}. */
	long[] supportCase(String slug, String companyName) {
		long company = companies.in(slug).industry("E").employees(30).create(companyName);
		long consultation = in(slug, () -> record.record(NewConsultation.of(company, LocalDate.of(2026, 4, 10),
				Channel.VISIT_OUT, null, Set.of(ManagementIssue.RECRUITMENT), "事例の元になった相談", null)));
		return new long[] { company, consultation };
	}

	/**
	 * A draft story written from a support case of a new company; no consent, not
	 * published.
	 */
	long draftStory(String slug, String title, String companyName) {
		long[] source = supportCase(slug, companyName);
		long company = source[0];
		long consultation = source[1];
		return in(slug, () -> {
			return stories.create(new StoryDetails(title, StorySource.SUPPORT_CASE, company, consultation, null,
					companyName + "（公開名）", "E", JobCategory.PRODUCTION, EmploymentForm.SIDE_JOB, title + "の概要",
					title + "の本文"));
		});
	}

	long publishedStory(String slug, String title, String companyName) {
		long id = draftStory(slug, title, companyName);
		in(slug, () -> {
			stories.recordConsent(id, "代表取締役", LocalDate.of(2026, 5, 1), "業種と取組み", true);
			stories.publish(id);
			return id;
		});
		return id;
	}

	/** Saves the draft of the hub's pages without publishing it. */
	void draftSite(String slug, String intro) {
		in(slug, () -> {
			SiteView view = site.view();
			SiteContent d = view.draft();
			site.saveDraft(new SiteContent(intro, d.access(), d.staff(), d.links(), d.privacy()), view.version());
			return null;
		});
	}

	void publishSite(String slug) {
		in(slug, () -> {
			site.publish();
			return null;
		});
	}

}

package jp.kyoten.matching;

import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.ListPages;
import jp.kyoten.PageStatements;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The needs list prints rows its read model ({@link NeedListRows}) worked out once — the
 * job category, employment form and status labels, the status badge, the date and the
 * links — and what it prints is what the template's own lookups printed (issue 22). Its
 * statements do not grow with its rows.
 */
@KyotenSpringTest
class NeedListRowsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	ApplicationContext context;

	@Autowired
	RegisterNeed register;

	@Autowired
	DataSource dataSource;

	@Test
	void aRowShowsItsLabelsBadgesStatusAndDateInJapaneseWithLinksToTheNeedAndCompany() throws Exception {
		MatchingFixture fixture = MatchingFixture.of(context);
		String word = "需表" + MatchingFixture.unique();
		MatchingFixture.Consult c = fixture.consultation("kumamoto", word + "株式会社");
		long hub = fixture.hub("kumamoto");
		long digital = HubScope
			.callAs(hub,
					() -> register.register(
							c.consultationId(), new NeedDetails(word + " DX推進", JobCategory.SALES,
									EmploymentForm.SIDE_JOB, true, true, "説明", "条件", null, null),
							LocalDate.of(2026, 5, 14)));
		long withdrawn = HubScope.callAs(hub,
				() -> register.register(c.consultationId(),
						MatchingFixture.details(word + " 工場長", EmploymentForm.FULL_TIME, JobCategory.PRODUCTION),
						LocalDate.of(2026, 5, 13)));
		HubScope.runAs(hub, () -> register.changeStatus(withdrawn, NeedStatus.WITHDRAWN, "採用を見送り"));

		String html = ListPages.html(mvc, get("/needs").param("q", word).param("sort", "learned").param("dir", "desc"),
				logins.as(DemoLogins.KUMAMOTO_COORDINATOR));

		String rows = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
		ListPages.inOrder(rows, "<a href=\"/needs/" + digital + "\">" + word + " DX推進</a>",
				"<span class=\"badge badge--muted\">デジタル人材</span>", "<span class=\"badge badge--muted\">CxO人材</span>",
				"<a href=\"/companies/" + c.companyId() + "\">" + word + "株式会社</a>", "<td>営業・販売・セールス</td>",
				"<td>副業・兼業</td>", "<span class=\"badge badge--warning\">", "<td>2026-05-14</td>",
				"<a href=\"/needs/" + withdrawn + "\">" + word + " 工場長</a>", "<td>生産管理・工場運営・品質管理</td>",
				"<td>常勤・正社員</td>", "<span class=\"badge badge--muted\">取下げ</span>", "<td>2026-05-13</td>");
		// the second need is for neither kind of talent: no badges in its row
		String second = rows.substring(rows.indexOf("/needs/" + withdrawn));
		assertThat(second.substring(0, second.indexOf("</td>"))).doesNotContain("badge");
		assertThat(rows).doesNotContain("??").doesNotContain("jobCategory.").doesNotContain("needStatus.");
	}

	@Test
	void theListRunsTheSameStatementsForTwentyRowsAsForOne() throws Exception {
		MatchingFixture fixture = MatchingFixture.of(context);
		String word = "需数" + MatchingFixture.unique();
		MatchingFixture.Consult c = fixture.consultation("kumamoto", word + "株式会社");
		long hub = fixture.hub("kumamoto");
		for (int i = 1; i <= 20; i++) {
			String title = word + "-" + (char) ('a' + i) + " 営業責任者";
			HubScope.runAs(hub, () -> register.register(c.consultationId(),
					MatchingFixture.details(title, EmploymentForm.FULL_TIME, JobCategory.SALES)));
		}

		try (PageStatements recorded = PageStatements.on(dataSource)) {
			String one = ListPages.html(mvc, get("/needs").param("q", word + "-b"),
					logins.as(DemoLogins.KUMAMOTO_COORDINATOR));
			List<String> forOne = recorded.take();
			String twenty = ListPages.html(mvc, get("/needs").param("q", word),
					logins.as(DemoLogins.KUMAMOTO_COORDINATOR));
			List<String> forTwenty = recorded.take();

			assertThat(one.split("<a href=\"/needs/\\d+\">", -1)).hasSize(2);
			assertThat(twenty.split("<a href=\"/needs/\\d+\">", -1)).hasSize(21);
			// nothing per row: the same statements for twenty rows as for one (the
			// sign-in's own lookups of the
			// test login included), and of them at most the count and the page read needs
			assertThat(forTwenty).as("statements for 20 rows").hasSameSizeAs(forOne);
			assertThat(forTwenty).filteredOn(sql -> sql.contains("talent_need")).hasSizeBetween(1, 2);
		}
	}

}

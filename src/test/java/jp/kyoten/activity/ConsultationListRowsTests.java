package jp.kyoten.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.ListPages;
import jp.kyoten.PageStatements;
import jp.kyoten.TestCompanies;
import jp.kyoten.matching.MatchingFixture;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The consultation list prints rows its read model ({@link ConsultationListRows}) worked
 * out once — labels, dates, links — instead of looking each cell up while rendering
 * (issue 22), and what it prints is what the template's own lookups printed. Its
 * statements do not grow with its rows.
 */
@KyotenSpringTest
class ConsultationListRowsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	TestCompanies companies;

	@Autowired
	RecordConsultation record;

	@Autowired
	DataSource dataSource;

	@Test
	void aRowShowsItsKindChannelIssuesStaffAndFollowUpDateInJapaneseWithLinksToTheConsultationAndCompany()
			throws Exception {
		String word = "行表" + MatchingFixture.unique();
		long company = companies.create(word + "株式会社");
		long hub = companies.hubId();
		long first = HubScope.callAs(hub, () -> record.record(NewConsultation.of(company, LocalDate.of(2026, 5, 1),
				Channel.PHONE, Referral.NONE, Set.of(ManagementIssue.SALES_CHANNEL), word + " 最初の相談", null)));
		long followUp = HubScope.callAs(hub,
				() -> record.record(new NewConsultation(company, LocalDate.of(2026, 5, 20), Channel.EMAIL,
						Referral.NONE, Set.of(ManagementIssue.RECRUITMENT, ManagementIssue.DX), word + " 続きの相談", first,
						null, "阿蘇 花子", null, "求人票を送る", LocalDate.of(2026, 6, 3), null, null)));

		String html = ListPages.html(mvc, get("/consultations").param("q", word),
				logins.as(DemoLogins.KUMAMOTO_COORDINATOR));

		String rows = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
		// newest first: the follow-up, then the first consultation; issues in the enum's
		// order, as before
		ListPages.inOrder(rows, "<a href=\"/consultations/" + followUp + "\">2026-05-20</a>",
				"<a href=\"/companies/" + company + "\">" + word + "株式会社</a>",
				"<span class=\"badge badge--muted\">継続</span>", "<td>メール</td>", "<td>DX・デジタル化、人材確保</td>",
				"<td>2026-06-03</td>", "<a href=\"/consultations/" + first + "\">2026-05-01</a>",
				"<span class=\"badge badge--ok\">新規</span>", "<td>電話</td>", "<td>販路開拓</td>");
		assertThat(rows).doesNotContain("??").doesNotContain("channel.").doesNotContain("issue.");
		// a follow-up once done has no date to show any more
		HubScope.runAs(hub, () -> record.markFollowedUp(followUp));
		assertThat(
				ListPages.html(mvc, get("/consultations").param("q", word), logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.doesNotContain("2026-06-03");
	}

	@Test
	void theListRunsTheSameStatementsForTwentyRowsAsForOne() throws Exception {
		String word = "行数" + MatchingFixture.unique();
		long company = companies.create(word + "株式会社");
		long hub = companies.hubId();
		for (int i = 1; i <= 20; i++) {
			String tag = word + "-" + (char) ('a' + i);
			HubScope.runAs(hub, () -> record.record(NewConsultation.of(company, LocalDate.of(2026, 7, 1), Channel.PHONE,
					Referral.NONE, Set.of(ManagementIssue.DX, ManagementIssue.FINANCE), tag + " の相談", null)));
		}

		try (PageStatements recorded = PageStatements.on(dataSource)) {
			String one = ListPages.html(mvc, get("/consultations").param("q", word + "-b"),
					logins.as(DemoLogins.KUMAMOTO_COORDINATOR));
			List<String> forOne = recorded.take();
			String twenty = ListPages.html(mvc, get("/consultations").param("q", word),
					logins.as(DemoLogins.KUMAMOTO_COORDINATOR));
			List<String> forTwenty = recorded.take();

			assertThat(one.split("<a href=\"/consultations/\\d+\">", -1)).hasSize(2);
			assertThat(twenty.split("<a href=\"/consultations/\\d+\">", -1)).hasSize(21);
			// nothing per row: the same statements for twenty rows as for one (the
			// sign-in's own lookups of the
			// test login included), and of them only the count and the page read
			// consultations
			assertThat(forTwenty).as("statements for 20 rows").hasSameSizeAs(forOne);
			assertThat(forTwenty).filteredOn(sql -> sql.contains("FROM consultation")).hasSize(2);
		}
	}

}

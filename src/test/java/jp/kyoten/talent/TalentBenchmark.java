package jp.kyoten.talent;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;
import jp.kyoten.platform.web.ListRequest;

/**
 * The talent programme at scale. Never part of the normal build (tag "benchmark"); see
 * bench/talent/README.md.
 * <ol>
 * <li>the talent search (skills, kind, region) over {@code kyoten.bench.talent} (default
 * 100,000) profiles with three skills each, through the read model
 * ({@link TalentProfiles#search}, what the page and the API call) and the same two SQL
 * statements sent directly over JDBC under the same row-level policy;</li>
 * <li>planning a matching event with 50 companies and 150 talent: reading the plan with
 * its suggestions (the board page's data), the board page itself, and accepting
 * suggestions until each company has three sets.</li>
 * </ol>
 */
@KyotenSpringTest
@Tag("benchmark")
@org.springframework.context.annotation.Import(TalentBenchmark.BenchBoardBeforeController.class)
class TalentBenchmark {

	/**
	 * The board page as the last session rendered it (planning and the results of every
	 * set on one page), from a copy of its template under src/test/resources, with its
	 * model: the "before" beside today's pages in the same run.
	 */
	@org.springframework.stereotype.Controller
	@org.springframework.security.access.prepost.PreAuthorize(TalentPermissions.STAFF)
	static class BenchBoardBeforeController {

		private final MatchingBoards boards;

		private final PairSuggestions suggestions;

		private final SkillList skills;

		private final jp.kyoten.platform.web.Feedback feedback;

		BenchBoardBeforeController(MatchingBoards boards, PairSuggestions suggestions, SkillList skills,
				jp.kyoten.platform.web.Feedback feedback) {
			this.boards = boards;
			this.suggestions = suggestions;
			this.skills = skills;
			this.feedback = feedback;
		}

		@org.springframework.web.bind.annotation.GetMapping("/matching-events/{id}/bench-before")
		String board(@org.springframework.web.bind.annotation.PathVariable long id,
				org.springframework.ui.Model model) {
			MatchingBoard board = boards.board(id);
			model.addAttribute("board", board);
			model.addAttribute("suggestions", suggestions.suggest(board));
			model.addAttribute("programmes", TalentProgramme.values());
			model.addAttribute("results",
					Arrays.stream(InterviewResult.values())
						.map(r -> new MatchingBoard.ResultOption(r.name(), feedback.say("interviewResult." + r.name())))
						.toList());
			model.addAttribute("jobCategories", jp.kyoten.platform.work.JobCategory.values());
			model.addAttribute("skillsByArea", skills.offered());
			model.addAttribute("today", LocalDate.now(HubTime.ZONE));
			return "talent-bench/matching-board-before";
		}

	}

	@Autowired
	ApplicationContext context;

	@Autowired
	DataSource dataSource;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	MatchingBoards boards;

	@Autowired
	PairSuggestions suggestions;

	@Autowired
	org.springframework.core.env.Environment env;

	@Test
	void searchesAHundredThousandProfilesAndPlansFiftyCompaniesWithAHundredAndFiftyTalent() throws Exception {
		int size = Integer.getInteger("kyoten.bench.talent", 100_000);
		int iterations = Integer.getInteger("kyoten.bench.iterations", 50);
		TalentFixture fx = TalentFixture.of(context);
		List<Long> skills = fx.skillIds(22);
		long started = System.nanoTime();
		fx.runInHub(() -> {
			fx.jdbc
				.sql("""
						INSERT INTO talent (hub_id, code, kind, name, prefecture_code, consent_held_on, consent_share_on)
						SELECT ?, 'B-' || g, (ARRAY['DIGITAL','FOREIGN','YOUTH','WOMEN','SENIOR'])[1 + g % 5], '試験 人材' || g,
						       lpad((40 + g % 7)::text, 2, '0'), current_date, CASE WHEN g % 4 = 0 THEN NULL ELSE current_date END
						  FROM generate_series(1, ?) g""")
				.params(fx.hubId, size)
				.update();
			fx.jdbc.sql("""
					INSERT INTO talent_has_skill (hub_id, talent_id, skill_id)
					SELECT DISTINCT t.hub_id, t.id, (?::bigint[])[((t.id * k) % cardinality(?::bigint[]))::int + 1]
					  FROM talent t CROSS JOIN generate_series(1, 3) k WHERE t.hub_id = ?""")
				.params(skills.toArray(Long[]::new), skills.toArray(Long[]::new), fx.hubId)
				.update();
		});
		analyze("talent", "talent_has_skill");
		System.out.printf("loaded %,d talent in %.1f s%n", size, (System.nanoTime() - started) / 1e9);

		Map<String, TalentProfiles.Filter> queries = new LinkedHashMap<>();
		queries.put("kind + region + skill",
				new TalentProfiles.Filter(List.of(skills.get(3)), TalentKind.DIGITAL, "40"));
		queries.put("two skills (no talent has both)",
				new TalentProfiles.Filter(List.of(skills.get(1), skills.get(4)), null, null));
		queries.put("two skills (both held)",
				new TalentProfiles.Filter(List.of(skills.get(1), skills.get(2)), null, null));
		queries.put("one skill", new TalentProfiles.Filter(List.of(skills.get(7)), null, null));
		queries.put("kind", new TalentProfiles.Filter(List.of(), TalentKind.SENIOR, null));
		queries.put("region + kind", new TalentProfiles.Filter(List.of(), TalentKind.FOREIGN, "43"));
		queries.put("no filter", new TalentProfiles.Filter(List.of(), null, null));
		ListRequest first = new ListRequest(0, 50, "registered", true);
		int cap = context.getBean(TalentSettings.class).countCap();
		StringBuilder report = new StringBuilder("""
				query | before: read model, exact count p50 / p95 ms | before: SQL p50 / p95 ms | \
				after: read model, capped count p50 / p95 ms | after: SQL p50 / p95 ms | matches (shown) | \
				first page same rows
				""");
		for (var q : queries.entrySet()) {
			long[] model = new long[iterations];
			long[] direct = new long[iterations];
			long[] before = new long[iterations];
			long[] beforeModel = new long[iterations];
			long[] exact = { 0 };
			String[] shown = { "" };
			for (int i = 0; i < iterations; i++) {
				// the three candidates in turn, so that the machine's load falls on each
				// alike
				long t0 = System.nanoTime();
				var page = fx.inHub(() -> fx.profiles.search(q.getValue(), first, "/talent"));
				model[i] = System.nanoTime() - t0;
				shown[0] = (page.capped() ? "≥ " : "") + "%,d".formatted(page.total());
				long t1 = System.nanoTime();
				directSql(fx.hubId, q.getValue(), cap);
				direct[i] = System.nanoTime() - t1;
				long t2 = System.nanoTime();
				exact[0] = directSql(fx.hubId, q.getValue(), null);
				before[i] = System.nanoTime() - t2;
				long t3 = System.nanoTime();
				fx.inHub(() -> fx.profiles.search(q.getValue(), first, "/talent", Integer.MAX_VALUE - 1));
				beforeModel[i] = System.nanoTime() - t3;
			}
			var after = fx.inHub(() -> fx.profiles.search(q.getValue(), first, "/talent"));
			var all = fx.inHub(() -> fx.profiles.search(q.getValue(), first, "/talent", Integer.MAX_VALUE - 1));
			boolean same = after.rows().equals(all.rows()) && all.total() == exact[0];
			report.append("%s | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %,d (%s) | %s%n".formatted(
					q.getKey(), ms(beforeModel, 50), ms(beforeModel, 95), ms(before, 50), ms(before, 95), ms(model, 50),
					ms(model, 95), ms(direct, 50), ms(direct, 95), exact[0], shown[0], same ? "yes" : "NO"));
		}

		long event = fx.matchingEvent(LocalDate.now(HubTime.ZONE).plusDays(10));
		fx.runInHub(() -> fx.plans.configure(event, TalentProgramme.DIGITAL, 10));
		for (int c = 0; c < 50; c++) {
			fx.need(event, fx.company(event, TalentFixture.unique("計測企業") + "株式会社", true),
					List.of(skills.get(c % 22), skills.get((c + 5) % 22), skills.get((c + 11) % 22)));
		}
		List<Long> talent = fx.inHub(() -> fx.jdbc.sql("SELECT id FROM talent WHERE hub_id = ? ORDER BY id LIMIT 150")
			.param(fx.hubId)
			.query(Long.class)
			.list());
		talent.forEach(t -> fx.participant(event, t));
		long[] read = new long[iterations];
		for (int i = 0; i < iterations; i++) {
			long t0 = System.nanoTime();
			fx.inHub(() -> suggestions.suggest(boards.board(event)));
			read[i] = System.nanoTime() - t0;
		}
		List<PairSuggestions.Suggestion> offered = fx.inHub(() -> suggestions.suggest(event));
		long t0 = System.nanoTime();
		int accepted = 0;
		long slowest = 0;
		for (PairSuggestions.Suggestion s : offered) {
			long a0 = System.nanoTime();
			try {
				fx.runInHub(() -> suggestions.accept(event, s.matchingCompanyId(), s.talentId()));
				accepted++;
			}
			catch (jp.kyoten.platform.BusinessRuleException ex) {
				// a talent suggested to several companies may be busy in every common
				// slot
			}
			slowest = Math.max(slowest, System.nanoTime() - a0);
		}
		double acceptAll = (System.nanoTime() - t0) / 1e6;
		// the pages, before (one page with the planning and the results, the template of
		// the last session) and
		// after (the planning board; the results on a page of their own), in turn after
		// the same warm-up
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("before: board page with planning and results", "/matching-events/" + event + "/bench-before");
		pages.put("after: board page (planning)", "/matching-events/" + event);
		pages.put("after: results page", "/matching-events/" + event + "/results");
		int rounds = Math.min(iterations, 20);
		Map<String, long[]> times = new LinkedHashMap<>();
		Map<String, Double> firsts = new LinkedHashMap<>();
		Map<String, Integer> sizes = new LinkedHashMap<>();
		for (var page : pages.entrySet()) {
			long w0 = System.nanoTime();
			var warm = mvc.perform(get(page.getValue()).with(logins.as(fx.counsellorEmail)))
				.andExpect(status().isOk())
				.andReturn();
			firsts.put(page.getKey(), (System.nanoTime() - w0) / 1e6);
			sizes.put(page.getKey(), warm.getResponse().getContentAsByteArray().length);
			for (int i = 0; i < 4; i++) {
				mvc.perform(get(page.getValue()).with(logins.as(fx.counsellorEmail))).andExpect(status().isOk());
			}
			times.put(page.getKey(), new long[rounds]);
		}
		for (int i = 0; i < rounds; i++) {
			for (var page : pages.entrySet()) {
				long p0 = System.nanoTime();
				mvc.perform(get(page.getValue()).with(logins.as(fx.counsellorEmail))).andExpect(status().isOk());
				times.get(page.getKey())[i] = System.nanoTime() - p0;
			}
		}
		report.append("\nplanning 50 companies x 150 talent\n");
		report.append("plan + suggestions read p50 / p95 ms: %.1f / %.1f%n".formatted(ms(read, 50), ms(read, 95)));
		report.append("suggestions offered %d, accepted as sets %d in %.0f ms (slowest accept %.1f ms)%n"
			.formatted(offered.size(), accepted, acceptAll, slowest / 1e6));
		report.append(("page with %d sets | p50 / p95 ms (%d rounds after 5 warm-up requests) | first request ms | "
				+ "bytes%n")
			.formatted(accepted, rounds));
		for (var page : pages.keySet()) {
			report.append("%s | %.1f / %.1f | %.1f | %,d%n".formatted(page, ms(times.get(page), 50),
					ms(times.get(page), 95), firsts.get(page), sizes.get(page)));
		}
		System.out.println(report);
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("bench/results"));
		java.nio.file.Files.writeString(java.nio.file.Path.of("bench/results/talent-" + LocalDate.now() + ".txt"),
				report.toString());
	}

	/**
	 * The read model's two statements sent directly over JDBC with the hub in scope (the
	 * floor): the count up to {@code cap} (exact when null: the statement before the
	 * change) and the first page of 50 (skipped for no match after the change, as the
	 * read model does).
	 * @return the count
	 */
	private long directSql(long hubId, TalentProfiles.Filter f, Integer cap) {
		return HubScope.callAs(hubId, () -> {
			List<Object> params = new ArrayList<>();
			String where = TalentProfiles.where(f, params);
			try (Connection c = dataSource.getConnection()) {
				long total;
				try (PreparedStatement count = c.prepareStatement(
						cap != null ? TalentProfiles.countSql(where, cap) : "SELECT count(*) FROM talent t" + where)) {
					bind(count, params);
					try (ResultSet rs = count.executeQuery()) {
						rs.next();
						total = rs.getLong(1);
					}
				}
				if (total == 0 && cap != null) {
					return total;
				}
				try (PreparedStatement page = c.prepareStatement(TalentProfiles.pageSql(where, "t.id DESC"))) {
					bind(page, params);
					page.setInt(params.size() + 1, 50);
					page.setLong(params.size() + 2, 0);
					try (ResultSet rs = page.executeQuery()) {
						while (rs.next()) {
							rs.getLong(1);
						}
					}
				}
				return total;
			}
			catch (java.sql.SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/**
	 * Fresh statistics after the bulk load, as autovacuum would give them; needs the
	 * schema owner.
	 */
	private void analyze(String... tables) throws java.sql.SQLException {
		try (Connection c = java.sql.DriverManager.getConnection(env.getRequiredProperty("spring.flyway.url"),
				env.getRequiredProperty("spring.flyway.user"), env.getRequiredProperty("spring.flyway.password"));
				java.sql.Statement st = c.createStatement()) {
			for (String table : tables) {
				st.execute("VACUUM ANALYZE " + table);
			}
		}
	}

	private static void bind(PreparedStatement st, List<Object> params) throws java.sql.SQLException {
		for (int i = 0; i < params.size(); i++) {
			st.setObject(i + 1, params.get(i));
		}
	}

	private static double ms(long[] nanos, int percentile) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

}

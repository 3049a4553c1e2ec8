package jp.kyoten.crawl;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import jp.kyoten.platform.time.HubTime;

/**
 * Every page each demo user can reach, opened on the packaged application after the demo
 * data and a few actions have made every kind of row exist (an API token, a calendar
 * feed, a submitted monthly report; the demo data's hand-offs and placements), since an
 * empty list hides a template that cannot render its rows.
 * <p>
 * From the menu, every same-origin link is followed breadth-first to a bounded depth with
 * GET only (logout and forms are never triggered; downloads are fetched for their status
 * alone). Each answer must be 200, 403 or 404 (or a redirect, followed) — never a 500,
 * and a 404 only for an address no page links to — and a Japanese page must carry none of
 * the UI's own English, no raw code where the messages hold a label, and no time of this
 * run printed in UTC.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageCrawlerIT {

	static final String PASSWORD = "demo-pass-1234";

	/** Every demo user, so every role the demo has. */
	static final List<String> USERS = List.of("manager@kumamoto.demo", "coordinator@kumamoto.demo",
			"manager@fukuoka.demo", "admin@kyoten.demo", "agency@kumamoto.demo", "manager@kyushu-meti.demo",
			"officer@kumamoto.demo", "national@kyoten.demo", "yorozu-hq@kyoten.demo", "meti-kyushu@kyoten.demo");

	static final int MAX_DEPTH = 3;

	static final int MAX_PAGES_PER_USER = 350;

	/**
	 * Pages of one shape (ids replaced) opened at most this often: the second row finds
	 * what the first hid.
	 */
	static final int PER_SHAPE = 2;

	private static final Pattern DOWNLOAD = Pattern.compile(
			".*(\\.(xlsx|pdf|csv|ics|zip|json|png|jpg|svg)$|/export|/download|/rejects|/photo|/attachment|/handout|/api/|/v3/api-docs).*");

	private static final Pattern SKIP = Pattern.compile("^/(logout|css/|js/|img/|webjars/|actuator).*");

	private PackagedApp app;

	private LocalDateTime startedUtc;

	@BeforeAll
	void startPackagedApplication() {
		startedUtc = PageChecks.utcNow().minusMinutes(1);
		app = PackagedApp.start();
	}

	@AfterAll
	void stop() {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void everyPageOfEveryDemoUserAnswersInJapaneseWithoutServerErrors() {
		Map<String, List<String>> failures = new LinkedHashMap<>();
		createOneRowOfEachKind(failures);
		PageChecks checks = new PageChecks(startedUtc.minusMinutes(10));
		assertThat(checks.englishPhrases()).as("English phrases of the messages to look for").isGreaterThan(500);
		assertThat(checks.labelledCodes()).as("codes that have a label").isGreaterThan(50);

		Map<String, Integer> visited = new LinkedHashMap<>();
		for (String user : USERS) {
			WebSession session = new WebSession(app.baseUrl()).signIn(user, PASSWORD);
			visited.put(user, crawl(session, checks, failures, user));
		}
		System.out.println("[crawler] pages opened per user: " + visited);
		assertThat(visited.values()).as("every user reaches more than the home page").allMatch(n -> n > 3);
		assertThat(failures)
			.as(() -> "pages that fail:\n" + describe(failures) + "\napplication errors:\n"
					+ String.join("\n", app.errorLines()))
			.isEmpty();
	}

	/**
	 * An API token, a calendar feed and a submitted monthly report, through the pages a
	 * person would use. An action that fails is a failure of the test, but the crawl
	 * still runs, to show everything at once.
	 */
	private void createOneRowOfEachKind(Map<String, List<String>> failures) {
		WebSession manager = new WebSession(app.baseUrl()).signIn("manager@kumamoto.demo", PASSWORD);
		WebSession coordinator = new WebSession(app.baseUrl()).signIn("coordinator@kumamoto.demo", PASSWORD);
		String report = "/reports/monthly/" + YearMonth.now(HubTime.ZONE).minusMonths(1);
		act(failures, "issue an API token",
				() -> manager.submit("/profile", "form[action$=/profile/tokens]", Map.of("name", "クローラー確認用")), 302);
		act(failures, "issue a coordinator's API token",
				() -> coordinator.submit("/profile", "form[action$=/profile/tokens]", Map.of("name", "連携スクリプト")), 302);
		act(failures, "issue a calendar feed",
				() -> manager.submit("/schedule/feeds", "form[action$=/schedule/feeds]", Map.of("name", "スマートフォン")),
				302);
		act(failures, "save the monthly report's texts", () -> manager.submit(report, "form[action$=/texts]",
				Map.of("successStories", "製造業の経営企画人材が成約。", "issues", "特になし")), 302);
		act(failures, "submit the monthly report", () -> manager.submit(report, "form[action$=/submit]", Map.of()),
				302);
		act(failures, "see the demo data's hand-offs", () -> {
			WebSession.Page list = manager.get("/handoffs");
			return list.body().matches("(?s).*/handoffs/\\d+.*") ? list : null;
		}, 200);
	}

	private static void act(Map<String, List<String>> failures, String what,
			java.util.function.Supplier<WebSession.Page> action, int expected) {
		try {
			WebSession.Page page = action.get();
			if (page == null || page.status() != expected) {
				failures.computeIfAbsent("action: " + what, k -> new ArrayList<>())
					.add(page == null ? "nothing to see" : "status " + page.status() + " " + page.path());
			}
		}
		catch (RuntimeException ex) {
			failures.computeIfAbsent("action: " + what, k -> new ArrayList<>()).add(ex.getMessage());
		}
	}

	private int crawl(WebSession session, PageChecks checks, Map<String, List<String>> failures, String user) {
		record Link(String path, int depth, String from) {
		}
		Deque<Link> queue = new ArrayDeque<>();
		Set<String> seen = new HashSet<>();
		Map<String, Integer> shapes = new HashMap<>();
		queue.add(new Link("/", 0, "(start)"));
		seen.add("/");
		int opened = 0;
		while (!queue.isEmpty() && opened < MAX_PAGES_PER_USER) {
			Link link = queue.poll();
			WebSession.Page page = session.get(link.path());
			opened++;
			String where = user + " " + link.path() + " (from " + link.from() + ")";
			int status = page.status();
			if (status == 301 || status == 302 || status == 303) {
				String target = sameOrigin(session.baseUrl(), page.location(), link.path());
				if (target != null && !SKIP.matcher(target).matches() && seen.add(target)) {
					queue.addFirst(new Link(target, link.depth(), link.path()));
				}
				continue;
			}
			if (status != 200 && status != 403 && status != 404) {
				failures.computeIfAbsent(where, k -> new ArrayList<>()).add("status " + status);
				continue;
			}
			if (status == 404 && !link.from().equals("(start)")) {
				// 404 is the right answer to an address nobody offers; a link Kyoten
				// itself shows must lead somewhere
				failures.computeIfAbsent(where, k -> new ArrayList<>()).add("a link of the page leads to a 404");
				continue;
			}
			if (status != 200 || !page.html()) {
				continue;
			}
			Document document = page.document(session.baseUrl());
			if (document.select("html").attr("lang").startsWith("ja")) {
				List<String> problems = checks.problems(document.body().text(), PageChecks.utcNow().plusMinutes(1));
				if (!problems.isEmpty()) {
					failures.computeIfAbsent(where, k -> new ArrayList<>()).addAll(problems);
				}
			}
			if (link.depth() >= MAX_DEPTH) {
				continue;
			}
			for (Element a : document.select("a[href]")) {
				String target = sameOrigin(session.baseUrl(), a.attr("href"), link.path());
				if (target == null || SKIP.matcher(target).matches() || !seen.add(target)) {
					continue;
				}
				if (DOWNLOAD.matcher(target.replaceAll("\\?.*", "")).matches()) {
					WebSession.Page download = session.get(target);
					opened++;
					if (download.status() >= 500) {
						failures
							.computeIfAbsent(user + " " + target + " (from " + link.path() + ")",
									k -> new ArrayList<>())
							.add("download status " + download.status());
					}
					continue;
				}
				if (shapes.merge(shape(target), 1, Integer::sum) <= PER_SHAPE) {
					queue.add(new Link(target, link.depth() + 1, link.path()));
				}
			}
		}
		return opened;
	}

	/**
	 * The path of a same-origin link, or null for another origin, a fragment or a
	 * non-HTTP scheme.
	 */
	static String sameOrigin(String baseUrl, String href, String from) {
		if (href == null || href.isBlank() || href.startsWith("#") || href.startsWith("mailto:")
				|| href.startsWith("tel:") || href.startsWith("javascript:")) {
			return null;
		}
		try {
			URI resolved = URI.create(baseUrl + from).resolve(href.strip());
			URI base = URI.create(baseUrl);
			if (resolved.getHost() == null || !resolved.getHost().equals(base.getHost())
					|| resolved.getPort() != base.getPort()) {
				return null;
			}
			String path = resolved.getRawPath();
			return resolved.getRawQuery() == null ? path : path + "?" + resolved.getRawQuery();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * The page's shape: ids and dates replaced, query values dropped, so that one list of
	 * many rows is one shape.
	 */
	static String shape(String path) {
		String[] parts = path.split("\\?", 2);
		String p = parts[0].replaceAll("/\\d+", "/{n}")
			.replaceAll("/\\d{4}-\\d{2}(-\\d{2})?", "/{date}")
			.replaceAll("/k[a-z]{2}_[A-Za-z0-9_-]+", "/{token}");
		if (parts.length == 1) {
			return p;
		}
		Set<String> names = new TreeSet<>();
		for (String pair : parts[1].split("&")) {
			names.add(pair.replaceAll("=.*", ""));
		}
		return p + "?" + names;
	}

	private static String describe(Map<String, List<String>> failures) {
		StringBuilder out = new StringBuilder();
		failures.forEach((page, problems) -> {
			out.append(page).append('\n');
			problems.stream().distinct().limit(6).forEach(p -> out.append("    ").append(p).append('\n'));
		});
		return out.toString();
	}

}

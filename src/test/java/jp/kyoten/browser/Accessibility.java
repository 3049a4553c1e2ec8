package jp.kyoten.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (vendored under src/test/resources/axe, MPL-2.0) injected into the page under
 * test with Selenium — never served by Kyoten — and run against WCAG 2.0/2.1 A and AA,
 * the level JIS X 8341-3 AA asks for.
 */
final class Accessibility {

	private static final String AXE = load();

	private static final String RUN = """
			var done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
			  .then(function (r) {
			    done(r.violations.map(function (v) {
			      return { id: v.id, impact: String(v.impact), help: v.help,
			               targets: v.nodes.map(function (n) { return n.target.join(' '); }).join(', ') };
			    }));
			  })
			  .catch(function (e) { done([{ id: 'axe-error', impact: 'critical', help: String(e), targets: '' }]); });
			""";

	private Accessibility() {
	}

	/**
	 * The violations axe finds on the current page: id, impact, help and the elements
	 * concerned.
	 */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> violations(Browser browser) {
		browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		js.executeScript(AXE);
		return (List<Map<String, Object>>) js.executeAsyncScript(RUN);
	}

	/** Fails on any serious or critical violation, naming the page. */
	static void assertNoSeriousViolations(Browser browser) {
		List<Map<String, Object>> serious = violations(browser).stream()
			.filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
			.toList();
		assertThat(serious).as("serious or critical axe-core violations on %s", browser.currentPath()).isEmpty();
	}

	private static String load() {
		try (InputStream in = Accessibility.class.getResourceAsStream("/axe/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("src/test/resources/axe/axe.min.js is missing");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

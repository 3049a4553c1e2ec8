package jp.kyoten;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * What a list page built on the shared list fragments shows: rows in order, the total and
 * the page numbers.
 */
public final class ListPages {

	private ListPages() {
	}

	/** The page as the user sees it; fails unless it answers 200. */
	public static String html(org.springframework.test.web.servlet.MockMvc mvc,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			org.springframework.test.web.servlet.request.RequestPostProcessor who) throws Exception {
		return mvc.perform(request.with(who))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The texts appear on the page, each after the one before. */
	public static void inOrder(String html, String... texts) {
		int at = -1;
		for (String text : texts) {
			int next = html.indexOf(text, at + 1);
			assertThat(next).as("「%s」 after 「%s」", text, at < 0 ? "" : texts[0]).isGreaterThan(at);
			at = next;
		}
	}

	/**
	 * The pager says 「全 N 件」, marks the current page and links every other page up to the
	 * last one (the ones near the current page and the last; a gap stands for the rest).
	 */
	public static void numbered(String html, long total, int current, int pages) {
		assertThat(html).contains("全 " + NumberFormat.getIntegerInstance(Locale.JAPAN).format(total) + " 件");
		assertThat(html).containsPattern("aria-current=\"page\">" + current + "<");
		if (pages > 1) {
			int other = current == pages ? 1 : pages;
			assertThat(html).contains("aria-label=\"" + other + " ページ目\"");
		}
		assertThat(html).contains("表示件数");
	}

}

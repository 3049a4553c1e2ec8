package jp.kyoten.portal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff Markdown reaches the public rendered inert: no script, no script link, no event
 * handler.
 */
class MarkdownTests {

	@Test
	void rendersOrdinaryMarkdown() {
		String html = Markdown.toHtml("## 見出し\n\n- 項目\n\n[拠点](https://example.jp/a) と [案内](events)");
		assertThat(html).contains("<h2>見出し</h2>")
			.contains("<li>項目</li>")
			.contains("<a rel=\"noopener noreferrer\" href=\"https://example.jp/a\">拠点</a>")
			.contains("href=\"events\">案内</a>");
	}

	@Test
	void escapesScriptBlocksAndInlineHtml() {
		String html = Markdown.toHtml("<script>alert(1)</script>\n\n本文 <b onclick=\"x()\">太字</b>");
		assertThat(html).doesNotContain("<script").doesNotContain("<b ").contains("&lt;script&gt;");
	}

	@Test
	void dropsJavascriptAndOtherSchemesFromLinksAndImages() {
		String html = Markdown.toHtml("[押す](javascript:alert(1)) [大文字](JaVaScRiPt:alert(1)) "
				+ "[タブ](java\tscript:alert(1)) [データ](data:text/html;base64,PHNjcmlwdD4=) "
				+ "[vb](vbscript:msgbox) ![画像](javascript:alert(2)) ![外部](https://tracker.example/p.gif)");
		assertThat(html.toLowerCase()).doesNotContain("javascript:")
			.doesNotContain("data:")
			.doesNotContain("vbscript:");
		assertThat(html).doesNotContain("tracker.example").contains("href=\"\"").contains("src=\"\"");
	}

	@Test
	void rendersEventHandlerAttributesAsText() {
		String html = Markdown.toHtml("<img src=x onerror=alert(1)>\n\n<a href=\"#\" onmouseover=\"alert(1)\">x</a>");
		assertThat(html).doesNotContain("<img").doesNotContain("<a ").contains("&lt;img src=x onerror=alert(1)&gt;");
	}

	@Test
	void keepsMailtoAndRelativeLinks() {
		assertThat(Markdown.isSafeUrl("mailto:info@example.jp")).isTrue();
		assertThat(Markdown.isSafeUrl("/p/kumamoto/privacy")).isTrue();
		assertThat(Markdown.isSafeUrl("privacy?x=a:b")).isTrue();
		assertThat(Markdown.isSafeUrl("javascript:alert(1)")).isFalse();
		assertThat(Markdown.isSafeUrl(" javascript:alert(1)")).isFalse();
		assertThat(Markdown.toHtml("")).isEmpty();
	}

}

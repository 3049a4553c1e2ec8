package jp.kyoten.schedule;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RFC 5545 text: escaping and folding at 75 octets without splitting a UTF-8 character.
 */
class ICalendarWriterTests {

	@Test
	void escapesBackslashSemicolonCommaAndLineBreaks() {
		assertThat(ICalendarWriter.escape("a\\b;c,d\r\ne\nf\rg\u0007h")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ngh");
	}

	@Test
	void foldsLongJapaneseLinesAtSeventyFiveOctetsOnCharacterBoundaries() {
		String line = "SUMMARY:" + "熊本県プロフェッショナル人材戦略拠点".repeat(6) + "𠮷野家";
		String folded = ICalendarWriter.fold(line);
		for (String physical : folded.split("\r\n")) {
			assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
			assertThat(physical).doesNotContain("\uFFFD");
		}
		assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
		assertThat(folded.split("\r\n")[1]).startsWith(" ");
	}

	@Test
	void leavesShortLinesAlone() {
		assertThat(ICalendarWriter.fold("STATUS:CONFIRMED")).isEqualTo("STATUS:CONFIRMED");
	}

}

package jp.kyoten.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvWriterTests {

	@Test
	void utf8StartsWithTheByteOrderMarkAndEndsLinesWithCrLf() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CsvWriter csv = new CsvWriter(out, CsvWriter.Encoding.UTF_8)) {
			csv.row("企業名", "件数").row("株式会社くまもと", 3);
		}
		byte[] bytes = out.toByteArray();
		assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
		assertThat(bytes[1] & 0xff).isEqualTo(0xBB);
		assertThat(bytes[2] & 0xff).isEqualTo(0xBF);
		assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
			.isEqualTo("企業名,件数\r\n株式会社くまもと,3\r\n");
	}

	@Test
	void shiftJisHasNoByteOrderMarkAndKeepsMachineDependentCharacters() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CsvWriter csv = new CsvWriter(out, CsvWriter.Encoding.of("Shift_JIS"))) {
			csv.row("㈱熊本①");
		}
		assertThat(new String(out.toByteArray(), Charset.forName("windows-31j"))).isEqualTo("㈱熊本①\r\n");
	}

	@Test
	void shiftJisWritesTheWaveDashAndTheMinusAsWindowsReadsThemNotAsQuestionMarks() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CsvWriter csv = new CsvWriter(out, CsvWriter.Encoding.SHIFT_JIS)) {
			csv.row("21〜50人", "−5", "‖");
		}
		assertThat(new String(out.toByteArray(), Charset.forName("windows-31j"))).isEqualTo("21～50人,－5,∥\r\n");
	}

	@Test
	void quotesCommasQuotesAndLineBreaks() {
		assertThat(CsvWriter.cell("a,b")).isEqualTo("\"a,b\"");
		assertThat(CsvWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(CsvWriter.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
	}

	@Test
	void neutralisesCellsExcelWouldRunAsFormulas() {
		assertThat(CsvWriter.cell("=HYPERLINK(\"http://evil\")")).startsWith("\"'=HYPERLINK");
		assertThat(CsvWriter.cell("+1")).isEqualTo("'+1");
		assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvWriter.cell(-5)).isEqualTo("-5");
	}

}

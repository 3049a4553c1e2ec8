package jp.kyoten.directory.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RegistryFileReaderTests {

	@TempDir
	Path dir;

	/**
	 * Names with the characters Shift_JIS and Windows-31J map differently, and a NEC
	 * special character.
	 */
	static RegistryLines twin() {
		return new RegistryLines()
			.add(RegistryLines.corporateNumber(1), "01", "2026-11-20", "株式会社くまモン〜ワールド", "クマモンワールド", "43", "100",
					"熊本市中央区", "水前寺６丁目１８－１")
			.add(RegistryLines.corporateNumber(2), "01", "2026-11-20", "㈱ヒゴテック－九州", "ヒゴテック", "43", "202", "八代市",
					"松江城町２－１");
	}

	@Test
	void readsAShiftJisFileExactlyAsItsUtf8Twin() throws IOException {
		RegistryLines lines = twin();
		Path utf8 = lines.write(dir.resolve("utf8.csv"), StandardCharsets.UTF_8);
		// The registry's Shift_JIS files are written as Windows-31J, whose 0x8160 is the
		// wave dash of the Unicode file
		byte[] sjis = String.join("\r\n", lines.lines())
			.replace('\u301C', '\uFF5E')
			.getBytes(RegistryFileReader.WINDOWS_31J);
		Path shiftJis = Files.write(dir.resolve("sjis.csv"), sjis);
		assertThat(readAll(shiftJis, RegistryFileReader.Encoding.AUTO))
			.containsExactlyElementsOf(readAll(utf8, RegistryFileReader.Encoding.AUTO))
			.containsExactlyElementsOf(lines.lines());
		assertThat(readAll(shiftJis, RegistryFileReader.Encoding.SHIFT_JIS)).containsExactlyElementsOf(lines.lines());
	}

	@Test
	void readsZippedFilesAndSkipsTheirReadme() throws IOException {
		RegistryLines lines = twin();
		Path zip = lines.writeZip(dir.resolve("43_kumamoto_all_20261120.zip"), StandardCharsets.UTF_8);
		assertThat(readAll(zip, RegistryFileReader.Encoding.AUTO)).containsExactlyElementsOf(lines.lines());
	}

	@Test
	void skipsAUtf8ByteOrderMark() throws IOException {
		RegistryLines lines = twin();
		byte[] body = lines.bytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[body.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(body, 0, withBom, 3, body.length);
		Path file = Files.write(dir.resolve("bom.csv"), withBom);
		assertThat(readAll(file, RegistryFileReader.Encoding.AUTO)).containsExactlyElementsOf(lines.lines());
	}

	@Test
	void handsOverAnUndecodableLineWithoutStoppingTheFile() throws IOException {
		byte[] good = "\"1\",\"a\"\n".getBytes(StandardCharsets.UTF_8);
		byte[] bad = { '"', '2', '"', ',', (byte) 0xC3, (byte) 0x28, '\n' };
		byte[] after = "\"3\",\"c\"\n".getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[good.length + bad.length + after.length];
		System.arraycopy(good, 0, all, 0, good.length);
		System.arraycopy(bad, 0, all, good.length, bad.length);
		System.arraycopy(after, 0, all, good.length + bad.length, after.length);
		Path file = Files.write(dir.resolve("bad.csv"), all);
		try (var reader = RegistryFileReader.open(file, RegistryFileReader.Encoding.UTF_8)) {
			assertThat(reader.next().text()).isEqualTo("\"1\",\"a\"");
			var undecodable = reader.next();
			assertThat(undecodable.decodable()).isFalse();
			assertThat(undecodable.number()).isEqualTo(2);
			assertThat(reader.next().text()).isEqualTo("\"3\",\"c\"");
			assertThat(reader.next()).isNull();
			assertThat(reader.bytesRead()).isEqualTo(all.length);
		}
	}

	static List<String> readAll(Path file, RegistryFileReader.Encoding encoding) throws IOException {
		List<String> out = new ArrayList<>();
		try (var reader = RegistryFileReader.open(file, encoding)) {
			RegistryFileReader.Line line;
			while ((line = reader.next()) != null) {
				out.add(line.text());
			}
		}
		return out;
	}

}

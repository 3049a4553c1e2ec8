package jp.kyoten.directory.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds lines and files in the registry's official 30-column layout, for tests and
 * benchmarks.
 */
final class RegistryLines {

	private final List<String> lines = new ArrayList<>();

	private long sequence = 1;

	/** A corporate number with the right check digit for a 12-digit base. */
	static String corporateNumber(long base) {
		String digits = "%012d".formatted(base);
		int sum = 0;
		for (int n = 1; n <= 12; n++) {
			sum += (digits.charAt(12 - n) - '0') * (n % 2 == 1 ? 1 : 2);
		}
		return (9 - sum % 9) + digits;
	}

	RegistryLines add(String number, String process, String updateDate, String name, String furigana,
			String prefectureCode, String cityCode, String city, String street) {
		return line(number, process, updateDate, "", name, furigana, prefectureCode, cityCode, city, street, "", "",
				"");
	}

	RegistryLines closed(String number, String updateDate, String name, String prefectureCode, String cityCode,
			String city, String closeDate, String cause, String successor) {
		return line(number, successor.isEmpty() ? "21" : "71", updateDate, closeDate, name, "", prefectureCode,
				cityCode, city, "1-1", closeDate, cause, successor);
	}

	RegistryLines line(String number, String process, String updateDate, String changeDate, String name,
			String furigana, String prefectureCode, String cityCode, String city, String street, String closeDate,
			String closeCause, String successor) {
		String prefecture = jp.kyoten.hub.Prefectures.name(prefectureCode);
		List<String> f = List.of(String.valueOf(sequence++), number, process, "0", updateDate, changeDate, name, "",
				"301", prefecture, city, street, "", prefectureCode, cityCode, "8600001", "", "", closeDate, closeCause,
				successor, "", "2015-10-05", "1", "", "", "", "", furigana, "0");
		lines.add(String.join(",",
				f.stream().map(v -> v.isEmpty() ? "" : "\"" + v.replace("\"", "\"\"") + "\"").toList()));
		return this;
	}

	RegistryLines raw(String line) {
		lines.add(line);
		return this;
	}

	List<String> lines() {
		return lines;
	}

	byte[] bytes(Charset charset) {
		return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
	}

	Path write(Path file, Charset charset) {
		try {
			Files.write(file, bytes(charset));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Path writeZip(Path file, Charset charset) {
		try (var out = new ByteArrayOutputStream(); var zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("not the data".getBytes());
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("43_kumamoto_all_20261120.csv"));
			zip.write(bytes(charset));
			zip.closeEntry();
			zip.finish();
			Files.write(file, out.toByteArray());
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package jp.kyoten.directory.registry;

import java.util.List;

/** Registry lines for tests outside this package (browser tests, benchmarks). */
public final class RegistryTestFiles {

	private RegistryTestFiles() {
	}

	public static String corporateNumber(long base) {
		return RegistryLines.corporateNumber(base);
	}

	/** A 全件 line of a new corporation in the official 30-column layout. */
	public static String line(long sequence, String number, String name, String kana, String prefectureCode,
			String cityCode, String city) {
		List<String> lines = new RegistryLines().add(number, "01", "2026-11-01", name, kana, prefectureCode, cityCode,
				city, "1-1").lines();
		return lines.getFirst().replaceFirst("^\"1\"", "\"" + sequence + "\"");
	}

}

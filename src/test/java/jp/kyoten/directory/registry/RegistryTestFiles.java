package jp.kyoten.directory.registry;

import java.util.List;

/** Registry lines for tests outside this package (browser tests, benchmarks). */
public final class RegistryTestFiles {

	private RegistryTestFiles() {
	}

	public static String corporateNumber(long base) {
		return RegistryLines.corporateNumber(base);
	}

	/**
	 * A number in kanji numerals (1123 → 一一二三): generated names carry no digits, so that
	 * other tests' number-like queries, which share the database, never find them.
	 */
	public static String kanji(long n) {
		StringBuilder sb = new StringBuilder();
		for (char c : String.valueOf(n).toCharArray()) {
			sb.append("〇一二三四五六七八九".charAt(c - '0'));
		}
		return sb.toString();
	}

	/**
	 * Queues the import of a 全件 file into the hub, as its manager's upload would; answers
	 * the job id.
	 */
	public static long startFullImport(ImportCorporateNumbers imports, long hubId, java.nio.file.Path file)
			throws java.io.IOException {
		return imports
			.start(hubId,
					List.of(new ImportCorporateNumbers.Upload(file.getFileName().toString(),
							java.nio.file.Files.newInputStream(file))),
					ImportJobs.Kind.FULL, RegistryFileReader.Encoding.AUTO, null, "test@kyoten.demo")
			.getFirst();
	}

	/** The job once it has finished (two minutes at most). */
	public static ImportJobs.Job awaitImport(ImportJobs jobs, long id) throws InterruptedException {
		return CorporateNumberImportTests.awaitFinished(jobs, id);
	}

	/** A 全件 line of a new corporation in the official 30-column layout. */
	public static String line(long sequence, String number, String name, String kana, String prefectureCode,
			String cityCode, String city) {
		List<String> lines = new RegistryLines()
			.add(number, "01", "2026-11-01", name, kana, prefectureCode, cityCode, city, "1-1")
			.lines();
		return lines.getFirst().replaceFirst("^\"1\"", "\"" + sequence + "\"");
	}

}

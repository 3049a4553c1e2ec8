package jp.kyoten.directory.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files an attacker or a clumsy user might upload as 法人番号 data. Each is generated here,
 * streamed to disk, and must end FAILED with its reason, quickly and without gathering
 * what it unpacks to in memory.
 */
@KyotenSpringTest
class HostileRegistryFilesTests {

	final ImportCorporateNumbers imports;

	final ImportJobs jobs;

	final long kumamoto;

	final MockMvc mvc;

	final DemoLogins logins;

	@Autowired
	HostileRegistryFilesTests(ImportCorporateNumbers imports, ImportJobs jobs, Hubs hubs, MockMvc mvc,
			DemoLogins logins) {
		this.imports = imports;
		this.jobs = jobs;
		this.kumamoto = hubs.bySlug("kumamoto").orElseThrow().getId();
		this.mvc = mvc;
		this.logins = logins;
	}

	@TempDir
	Path dir;

	static long base = 810_000_000_000L + (System.nanoTime() % 1_000_000) * 1000;

	interface Body {

		void writeTo(OutputStream out) throws IOException;

	}

	@Test
	void refusesAZipBombOfOneEndlessLine() throws Exception {
		// 1 GiB of one line without a newline, packed to about a megabyte
		Path bomb = zip("43_kumamoto_all_20261120.zip", "43_kumamoto_all_20261120.csv",
				out -> repeat(out, 'A', 1L << 30));
		assertThat(Files.size(bomb)).isLessThan(5L << 20);
		long started = System.nanoTime();
		ImportJobs.Job job = importFile(bomb);
		assertRefused(job, "import.refused.lineTooLong");
		assertThat(job.refusalArguments()).containsExactly("1", "16");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
		assertThat(job.rejected()).isZero();
	}

	@Test
	void refusesAZipThatUnpacksToAHundredTimesItsSize() throws Exception {
		// lines that are all blank are skipped, never rejected: only the ratio can stop
		// this one
		Path bomb = zip("43_blank.zip", "43_blank.csv", out -> {
			byte[] blanks = new byte[1 << 20];
			Arrays.fill(blanks, (byte) ' ');
			for (int i = 1023; i < blanks.length; i += 1024) {
				blanks[i] = '\n';
			}
			for (int i = 0; i < 512; i++) {
				out.write(blanks);
			}
		});
		ImportJobs.Job job = importFile(bomb);
		assertRefused(job, "import.refused.ratio");
		assertThat(job.bytesRead()).isLessThan(Files.size(bomb));
	}

	@Test
	void refusesANestedZipByItsNameOrByItsContent() throws Exception {
		Path inner = zip("inner.zip", "43_kumamoto_all_20261120.csv", out -> out.write(validLine(base++)));
		byte[] innerBytes = Files.readAllBytes(inner);
		Path byName = zip("43_outer.zip", "43_kumamoto.zip", out -> out.write(innerBytes));
		assertRefused(importFile(byName), "import.refused.nested");
		Path byContent = zip("43_disguised.zip", "43_kumamoto.csv", out -> out.write(innerBytes));
		assertRefused(importFile(byContent), "import.refused.nested");
	}

	@Test
	void refusesAZipOfTooManyEntriesOrOfSeveralCsvFiles() throws Exception {
		Path many = dir.resolve("43_many.zip");
		try (var zip = new ZipOutputStream(Files.newOutputStream(many))) {
			for (int i = 0; i < 40; i++) {
				zip.putNextEntry(new ZipEntry("readme-" + i + ".txt"));
				zip.write("x".getBytes(StandardCharsets.US_ASCII));
			}
			zip.putNextEntry(new ZipEntry("43.csv"));
			zip.write(validLine(base++));
		}
		ImportJobs.Job job = importFile(many);
		assertRefused(job, "import.refused.entries");
		assertThat(job.refusalArguments()).containsExactly("41", "16");

		Path two = dir.resolve("43_two.zip");
		try (var zip = new ZipOutputStream(Files.newOutputStream(two))) {
			zip.putNextEntry(new ZipEntry("43_a.csv"));
			zip.write(validLine(base++));
			zip.putNextEntry(new ZipEntry("43_b.csv"));
			zip.write(validLine(base++));
		}
		assertRefused(importFile(two), "import.refused.severalCsv");
	}

	@Test
	void refusesALineOfAHundredMegabytesAndAppliesNothingOfItsBatch() throws Exception {
		byte[] good = validLine(base++);
		Path file = plain("43_long_line.csv", out -> {
			out.write(good);
			repeat(out, 'x', 100L << 20);
			out.write('\n');
		});
		ImportJobs.Job job = importFile(file);
		assertRefused(job, "import.refused.lineTooLong");
		assertThat(job.refusalArguments()).containsExactly("2", "16");
		// the good line shared the refused line's batch, which never commits
		assertThat(job.created()).isZero();
	}

	@Test
	void aMillionJunkLinesKeepOnlyTheFirstThousandRejectionsAndFail() throws Exception {
		// it opens like a registry file (so it is not refused as another kind of file
		// after its first lines)
		Path junk = zip("43_junk.zip", "43_junk.csv", out -> {
			for (int i = 0; i < 30; i++) {
				out.write(validLine(9_300_000 + i));
			}
			for (int i = 0; i < 1_000_000; i++) {
				out.write(("junk," + i + ",\"not a registry line\"\n").getBytes(StandardCharsets.US_ASCII));
			}
		});
		long started = System.nanoTime();
		ImportJobs.Job job = importFile(junk);
		assertRefused(job, "import.refused.mostlyRejected");
		assertThat(job.rejectedKept()).isEqualTo(1000);
		assertThat(jobs.rejections(job.id())).hasSize(1000);
		assertThat(job.rejected()).isGreaterThan(1000);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
		// the page and the API tell why, in Japanese
		mvc.perform(get("/imports/{id}", job.id()).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("法人番号データのファイルではないようです")));
		mvc.perform(get("/api/v1/imports/{id}", job.id()).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FAILED"))
			.andExpect(jsonPath("$.rejectedKept").value(1000))
			.andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("法人番号データのファイルではないようです")));
	}

	@Test
	void rejectionsBeyondTheKeptAreCountedAndAFileMostlyGoodStillImports() throws Exception {
		long first = base;
		base += 3000;
		Path file = plain("43_some_junk.csv", out -> {
			for (int i = 0; i < 2000; i++) {
				out.write(validLine(first + i));
			}
			for (int i = 0; i < 1500; i++) {
				out.write(("junk," + i + "\n").getBytes(StandardCharsets.US_ASCII));
			}
		});
		ImportJobs.Job job = importFile(file);
		assertThat(job.status()).isEqualTo(ImportJobs.Status.DONE);
		assertThat(job.created()).isEqualTo(2000);
		assertThat(job.rejected()).isEqualTo(1500);
		assertThat(job.rejectedKept()).isEqualTo(1000);
		assertThat(job.rejectedNotKept()).isEqualTo(500);
		mvc.perform(get("/imports/{id}", job.id()).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ほかに 500 行がエラーでした")));
	}

	@Test
	void aRefusedFileCannotBeResumed() throws Exception {
		Path file = plain("43_endless.csv", out -> repeat(out, 'x', 1 << 20));
		ImportJobs.Job job = importFile(file);
		assertRefused(job, "import.refused.lineTooLong");
		assertThatThrownBy(() -> imports.resume(kumamoto, job.id())).isInstanceOf(BusinessRuleException.class)
			.hasMessageContaining("import.refused.notResumable");
		assertThat(jobs.claim(job.id())).isFalse();
	}

	void assertRefused(ImportJobs.Job job, String key) {
		assertThat(Path.of(job.storedPath())).as("a refused upload is not kept").doesNotExist();
		assertThat(job.status()).isEqualTo(ImportJobs.Status.FAILED);
		assertThat(job.refused()).isTrue();
		assertThat(job.refusalKey()).isEqualTo(key);
	}

	ImportJobs.Job importFile(Path file) throws Exception {
		long id = RegistryTestFiles.startFullImport(imports, kumamoto, file);
		return CorporateNumberImportTests.awaitFinished(jobs, id);
	}

	static byte[] validLine(long n) {
		String line = new RegistryLines()
			.add(RegistryLines.corporateNumber(n), "01", "2026-11-01", "株式会社攻撃耐性" + RegistryTestFiles.kanji(n % 100000),
					"コウゲキ", "43", "100", "熊本市", "1")
			.lines()
			.getFirst();
		return (line + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	Path zip(String name, String entry, Body body) throws IOException {
		Path file = dir.resolve(name);
		try (var zip = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
			zip.putNextEntry(new ZipEntry(entry));
			body.writeTo(zip);
			zip.closeEntry();
		}
		return file;
	}

	Path plain(String name, Body body) throws IOException {
		Path file = dir.resolve(name);
		try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
			body.writeTo(out);
		}
		return file;
	}

	static void repeat(OutputStream out, char c, long count) throws IOException {
		byte[] chunk = new byte[1 << 20];
		Arrays.fill(chunk, (byte) c);
		for (long left = count; left > 0; left -= chunk.length) {
			out.write(chunk, 0, (int) Math.min(chunk.length, left));
		}
	}

}

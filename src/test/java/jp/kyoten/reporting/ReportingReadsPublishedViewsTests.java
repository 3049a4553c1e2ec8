package jp.kyoten.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * ADR 210: reporting reads other modules' data only through the views they publish
 * ({@code kpi_*}, {@code event_participant}). Neither the import graph nor
 * {@code ApplicationModules.verify()} sees a table named in an SQL string, so this test
 * reads the SQL: every table a reporting query names after FROM or JOIN must be one that
 * reporting's own migrations create — any other module's table is refused.
 */
class ReportingReadsPublishedViewsTests {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** Reporting's own migrations: the monthly report and its kinds. */
	private static final Set<String> OWN_MIGRATIONS = Set.of("V55__monthly_reports.sql", "V122__report_kinds.sql");

	private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+)");

	private static final Pattern FROM_OR_JOIN = Pattern.compile("\\b(?:FROM|JOIN)\\s+([a-z_]+)");

	@Test
	void reportingQueriesNameNoTableOfAnotherModule() throws IOException {
		Set<String> othersTables = new TreeSet<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.filter(f -> !OWN_MIGRATIONS.contains(f.getFileName().toString())).toList()) {
				Matcher m = CREATE_TABLE.matcher(Files.readString(file));
				while (m.find()) {
					othersTables.add(m.group(1));
				}
			}
		}
		// the test would prove nothing if it found no tables to refuse
		assertThat(othersTables).contains("consultation", "placement", "talent_need", "company", "handoff");

		Set<String> named = new TreeSet<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/java/jp/kyoten/reporting"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = FROM_OR_JOIN.matcher(Files.readString(file));
				while (m.find()) {
					named.add(m.group(1));
				}
			}
		}
		assertThat(named).contains("kpi_placement", "kpi_consultation", "event_participant", "monthly_report");
		assertThat(named).as("tables of other modules named in reporting's SQL (read their kpi_* views instead)")
			.doesNotContainAnyElementsOf(othersTables);
	}

}

package jp.kyoten;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * ADR 211/245: a table mapped by a JPA entity is written through that entity only, so
 * that its {@code @Version} and its invariants see every change. Neither ArchUnit nor the
 * compiler sees a table named inside an SQL string, so this test reads the SQL of the
 * main sources (JdbcClient statements and native {@code @Query}s alike): an
 * {@code INSERT}, {@code UPDATE} or {@code DELETE} naming a JPA table must be one of the
 * narrow exceptions the ADRs name, each listed here with its reason.
 */
class OnePersistenceRuleTests {

	private static final Path MAIN_SOURCES = Path.of("src/main/java");

	/**
	 * An SQL write and the table it names ("UPDATE company c SET", "INSERT INTO contact
	 * (").
	 */
	private static final Pattern SQL_WRITE = Pattern
		.compile("\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+([a-z_]+)\\b");

	/**
	 * The exceptions of ADR 211 rule 3 and ADR 245, by source file: the bulk paths (the
	 * 法人番号 registry import, the bulk registration, the moving-in imports of a spreadsheet
	 * and their undo), the merge that re-points many rows at once, and the demo's
	 * national months, which each module seeds in bulk (ADR 249). A new entry needs a
	 * reason the ADR accepts.
	 */
	private static final Map<String, Set<String>> EXCEPTIONS = Map.ofEntries(
			// bulk: tens of thousands of registry rows per run, version bumped in the
			// statement
			Map.entry("jp/kyoten/directory/registry/RegistryBatchWriter.java", Set.of("company")),
			// bulk registration of companies (their contacts are SQL only, ADR 251)
			Map.entry("jp/kyoten/directory/CompanyBulkInsert.java", Set.of("company")),
			// the merge re-points earlier merges in one statement
			Map.entry("jp/kyoten/directory/MergeCompanies.java", Set.of("company")),
			// the moving-in imports write a spreadsheet's rows in bulk and undo a run
			// whose rows nobody has changed since (version checked in the statement)
			Map.entry("jp/kyoten/directory/ImportedCompanies.java", Set.of("company")),
			Map.entry("jp/kyoten/activity/ImportedConsultations.java", Set.of("consultation")),
			Map.entry("jp/kyoten/matching/ImportedNeeds.java", Set.of("talent_need")),
			Map.entry("jp/kyoten/matching/ImportedPlacements.java", Set.of("talent_need", "handoff", "placement")),
			Map.entry("jp/kyoten/events/ImportedParticipants.java", Set.of("event")),
			// the demo's national months, seeded by each owning module in bulk
			// (DemoSeed.seedCompact; ADR 245, consequences, and ADR 249)
			Map.entry("jp/kyoten/directory/DirectoryDemoData.java", Set.of("company")),
			Map.entry("jp/kyoten/institution/InstitutionDemoData.java", Set.of("support_institution")),
			Map.entry("jp/kyoten/agency/AgencyDemoData.java", Set.of("recruitment_agency")),
			Map.entry("jp/kyoten/activity/ActivityDemoData.java", Set.of("consultation")),
			Map.entry("jp/kyoten/matching/CompactMatchingDemo.java", Set.of("talent_need", "handoff", "placement")));

	@Test
	void jpaTablesAreWrittenByTheirEntitiesOnly() throws IOException {
		Set<String> jpaTables = jpaTables();
		// the test would prove nothing if it knew no entity's table
		assertThat(jpaTables).contains("user_account", "consultation", "company", "handoff");

		Set<String> writes = sqlWritesOf(jpaTables);
		// and nothing if it could not see a write it knows of
		assertThat(writes).contains("jp/kyoten/directory/MergeCompanies.java: company");

		Set<String> refused = writes.stream().filter(write -> {
			String[] fileAndTable = write.split(": ");
			return !EXCEPTIONS.getOrDefault(fileAndTable[0], Set.of()).contains(fileAndTable[1]);
		}).collect(Collectors.toCollection(TreeSet::new));
		assertThat(refused)
			.as("SQL writes of JPA-mapped tables outside the exceptions of ADR 211/245 (change the row through its entity)")
			.isEmpty();
	}

	private static Set<String> jpaTables() {
		Set<String> tables = new TreeSet<>();
		for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("jp.kyoten")) {
			if (type.isAnnotatedWith(Entity.class)) {
				tables.add(type.getAnnotationOfType(Table.class).name());
			}
		}
		return tables;
	}

	/**
	 * "file: table" for every SQL write in the main sources that names one of these
	 * tables.
	 */
	private static Set<String> sqlWritesOf(Set<String> tables) throws IOException {
		Set<String> writes = new TreeSet<>();
		try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String name = MAIN_SOURCES.relativize(file).toString().replace('\\', '/');
				Matcher m = SQL_WRITE.matcher(Files.readString(file));
				while (m.find()) {
					if (tables.contains(m.group(1))) {
						writes.add(name + ": " + m.group(1));
					}
				}
			}
		}
		return writes;
	}

}

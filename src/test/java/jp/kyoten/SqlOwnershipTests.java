package jp.kyoten;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * STYLE.md and ADR 210, for every module: a module's SQL names its own tables, and of
 * another module's data only the views that module publishes ({@code kpi_*},
 * {@code event_participant}). ArchUnit sees imports, not the table names inside SQL
 * strings, and neither does {@code ApplicationModules.verify()}; this test reads the SQL
 * in each module's sources against the owners written in
 * {@code src/test/resources/conventions/table-owners.properties}.
 * {@code ReportingReadsPublishedViewsTests} is the first case of this rule (reporting
 * only), kept as ADR 210 names it.
 */
class SqlOwnershipTests {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path SOURCES = Path.of("src/main/java/jp/kyoten");

	private static final Path OWNERS = Path.of("src/test/resources/conventions/table-owners.properties");

	private static final Pattern CREATED = Pattern
		.compile("CREATE (?:OR REPLACE )?(?:UNLOGGED )?(TABLE|VIEW|MATERIALIZED VIEW) (?:IF NOT EXISTS )?([a-z_0-9]+)");

	/** The uppercase keywords the code's SQL is written in, and JPA's table names. */
	private static final Pattern NAMED = Pattern.compile(
			"\\b(?:FROM|JOIN|INTO|UPDATE|TABLE|TRUNCATE)\\s+([a-z_][a-z_0-9]*)\\b|@Table\\(name\\s*=\\s*\"([a-z_0-9]+)\"");

	/**
	 * Reads of another module's tables that do not go through a published view yet:
	 * design debt, listed so that it is seen and does not grow. Each entry is "module ->
	 * table"; an entry that the code no longer needs fails
	 * {@link #theListOfReadsNotYetThroughViewsHoldsOnlyReadsThatStillHappen}, so the list
	 * only shrinks.
	 */
	private static final Set<String> NOT_YET_THROUGH_VIEWS = Set.of(
			// activity's demo seed (ADR 249) links its demo visits to the demo hub's
			// appointments by SQL: schedule publishes no appointment view yet
			"activity -> appointment",
			// activity's lists show the company's, institution's and agency's names by
			// joining their tables (consultations, referrals, job seekers); kpi_company,
			// kpi_institution and kpi_agency carry no name yet
			"activity -> company", "activity -> support_institution", "activity -> recruitment_agency",
			// matching's need, hand-off and placement lists join the company, the
			// consultation a need came from, the referring institution and the agency
			// with its contact person
			"matching -> company", "matching -> consultation", "matching -> support_institution",
			"matching -> recruitment_agency", "matching -> agency_contact",
			// the national bodies' list names the hubs they oversee
			"national -> hub",
			// privacy erases a hub's data and applies retention across the tables of
			// every module (ADR 150, the catalog in privacy/tables.properties): reaching
			// other modules' tables is that module's job, not debt
			"privacy -> job_seeker_referral", "privacy -> spring_session", "privacy -> user_account");

	private static final Map<String, String> OWNER_OF = new TreeMap<>();

	private static final Map<String, Set<String>> PUBLISHED = new TreeMap<>();

	private static final Map<String, String> KIND_OF = new TreeMap<>();

	@BeforeAll
	static void readOwnersAndMigrations() throws IOException {
		Properties owners = new Properties();
		try (Reader in = Files.newBufferedReader(OWNERS)) {
			owners.load(in);
		}
		for (String key : owners.stringPropertyNames()) {
			Set<String> names = Stream.of(owners.getProperty(key).split(","))
				.map(String::strip)
				.filter(s -> !s.isEmpty())
				.collect(Collectors.toCollection(TreeSet::new));
			if (key.endsWith(".published")) {
				PUBLISHED.put(key.substring(0, key.length() - ".published".length()), names);
				continue;
			}
			for (String table : names) {
				String earlier = OWNER_OF.put(table, key);
				assertThat(earlier).as("%s is owned by both %s and %s", table, earlier, key).isNull();
			}
		}
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
				Matcher m = CREATED.matcher(Files.readString(file));
				while (m.find()) {
					KIND_OF.putIfAbsent(m.group(2), m.group(1));
				}
			}
		}
	}

	@Test
	void everyTableAndViewHasOneOwningModule() {
		assertThat(KIND_OF).as("the migrations create tables (else this test proves nothing)")
			.containsKeys("company", "consultation", "kpi_company", "event_participant");
		assertThat(OWNER_OF.keySet()).as("tables and views the migrations create that table-owners.properties names")
			.containsAll(KIND_OF.keySet());
		assertThat(KIND_OF.keySet()).as("tables in table-owners.properties that no migration creates")
			.containsAll(OWNER_OF.keySet());
	}

	/**
	 * A published view is its module's API (ADR 210): a view, of that module, and named
	 * in its package-info where the module's API is documented.
	 */
	@Test
	void publishedViewsAreViewsTheirModuleDocumentsAsItsApi() throws IOException {
		assertThat(PUBLISHED).containsKeys("directory", "activity", "matching", "events");
		for (var published : PUBLISHED.entrySet()) {
			String module = published.getKey();
			String packageInfo = Files.readString(SOURCES.resolve(module).resolve("package-info.java"));
			for (String view : published.getValue()) {
				assertThat(KIND_OF.get(view)).as("%s published by %s", view, module).isEqualTo("VIEW");
				assertThat(OWNER_OF.get(view)).as("owner of %s", view).isEqualTo(module);
				assertThat(packageInfo).as("%s's package-info names its view %s", module, view)
					.contains("{@code " + view + "}");
			}
		}
	}

	@Test
	void modulesNameNoTableOfAnotherModuleButItsPublishedViews() throws IOException {
		Set<String> reaches = foreignReads();
		// the reporting module reads the views, so the scan does see foreign reads
		assertThat(readsOfAnyKind()).contains("reporting -> kpi_placement", "talent -> event_participant");
		assertThat(reaches)
			.as("another module's tables named in a module's SQL (read its published view instead,"
					+ " or publish one in the owning module's migration)")
			.isSubsetOf(NOT_YET_THROUGH_VIEWS);
	}

	@Test
	void theListOfReadsNotYetThroughViewsHoldsOnlyReadsThatStillHappen() throws IOException {
		assertThat(foreignReads()).as("reads that go through a view now: drop them from NOT_YET_THROUGH_VIEWS")
			.containsAll(NOT_YET_THROUGH_VIEWS);
	}

	/** "module -> table" for each table of another module, not published, it names. */
	private static Set<String> foreignReads() throws IOException {
		Set<String> foreign = new TreeSet<>();
		for (String read : readsOfAnyKind()) {
			String module = read.substring(0, read.indexOf(" -> "));
			String table = read.substring(read.indexOf(" -> ") + 4);
			String owner = OWNER_OF.get(table);
			if (!module.equals(owner) && !PUBLISHED.getOrDefault(owner, Set.of()).contains(table)) {
				foreign.add(read);
			}
		}
		return foreign;
	}

	/** "module -> table" for every table or view a module's sources name in SQL. */
	private static Set<String> readsOfAnyKind() throws IOException {
		Set<String> reads = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Path relative = SOURCES.relativize(file);
				if (relative.getNameCount() < 2) {
					continue; // the application class, of no module
				}
				String module = relative.getName(0).toString();
				Matcher m = NAMED.matcher(withoutComments(Files.readString(file)));
				while (m.find()) {
					String table = m.group(1) != null ? m.group(1) : m.group(2);
					if (KIND_OF.containsKey(table)) {
						reads.add(module + " -> " + table);
					}
				}
			}
		}
		return reads;
	}

	/**
	 * Comment lines name tables in prose ("never the consultation table"); SQL text
	 * blocks do not start a line with {@code *} or {@code //}.
	 */
	private static String withoutComments(String source) {
		return source.lines().filter(line -> {
			String s = line.strip();
			return !(s.startsWith("*") || s.startsWith("/*") || s.startsWith("//"));
		}).collect(Collectors.joining("\n"));
	}

}

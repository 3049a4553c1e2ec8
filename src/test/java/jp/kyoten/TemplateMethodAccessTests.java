package jp.kyoten;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thymeleaf's SpEL finds only public methods: a template calling {@code ${t.active()}} on
 * a record whose {@code active()} is package-private renders until the first row exists,
 * then answers 500 (EL1004E). No method a template calls by name may be non-public
 * anywhere in Kyoten's code, so that the name cannot be the trap.
 */
class TemplateMethodAccessTests {

	private static final Pattern CALL = Pattern.compile("[\\w)\\]]\\.([a-zA-Z_]\\w*)\\(\\)");

	/**
	 * Non-public methods whose names templates also call on other, public types: the
	 * template never reaches these, because what it is handed is the public type named
	 * beside each.
	 */
	private static final Map<String, String> NOT_HANDED_TO_TEMPLATES = Map.ofEntries(
			Map.entry("jp.kyoten.activity.Consultation.isFollowUp", "pages get ConsultationView"),
			Map.entry("jp.kyoten.activity.Consultation.issues", "pages get ConsultationView"),
			Map.entry("jp.kyoten.directory.Company.data", "the form page gets CompanyView"),
			Map.entry("jp.kyoten.directory.registry.RegistryRecord.closes", "a parsed line of an import file"),
			Map.entry("jp.kyoten.directory.registry.RegistryRecord$Rejected.reason", "written to the rejects file"),
			Map.entry("jp.kyoten.agency.AgencyStatusChange.from", "pages get AgencyView's history rows"),
			Map.entry("jp.kyoten.agency.AgencyStatusChange.to", "pages get AgencyView's history rows"),
			Map.entry("jp.kyoten.agency.AgencyStatusChange.reason", "pages get AgencyView's history rows"),
			Map.entry("jp.kyoten.events.SurveyForm.answer", "a form record read by the controller"),
			Map.entry("jp.kyoten.portal.DiagnosesController$QuestionForm.data", "a form record read by the controller"),
			Map.entry("jp.kyoten.institution.SupportInstitution.displayName", "pages get InstitutionView"),
			Map.entry("jp.kyoten.reporting.FiscalYear.months", "trends pages get InquiryTrends"));

	@Test
	void everyMethodATemplateCallsIsPublicWhereverItIsDeclared() throws IOException {
		Map<String, Set<String>> calledBy = templateCalls(Path.of("src/main/resources/templates"));
		Set<String> beansCalled = beanReferences(Path.of("src/main/resources/templates"));
		assertThat(calledBy).as("method calls found in the templates").hasSizeGreaterThan(100);

		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("jp.kyoten");
		Map<String, String> traps = new TreeMap<>();
		for (var type : classes) {
			for (JavaMethod method : type.getMethods()) {
				String name = method.getName();
				if (!calledBy.containsKey(name) || !method.getParameters().isEmpty()
						|| method.getModifiers().contains(JavaModifier.PUBLIC)
						|| method.getModifiers().contains(JavaModifier.STATIC)
						|| method.getModifiers().contains(JavaModifier.SYNTHETIC)) {
					continue;
				}
				if (isBean(type) && !beansCalled.contains(decapitalise(type.getSimpleName()))) {
					continue; // a bean reaches a template only by ${@name…}
				}
				String id = type.getName() + "." + name;
				if (!NOT_HANDED_TO_TEMPLATES.containsKey(id)) {
					traps.put(id + "()", String.join(", ", calledBy.get(name)));
				}
			}
		}
		assertThat(traps)
			.as("non-public methods with the name of a template's call (make them public, or name "
					+ "here the public type the template gets instead)")
			.isEmpty();
	}

	@Test
	void theAllowListNamesOnlyMethodsThatStillExist() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("jp.kyoten");
		Set<String> existing = new TreeSet<>();
		classes.forEach(t -> t.getMethods().forEach(m -> existing.add(t.getName() + "." + m.getName())));
		assertThat(existing).containsAll(NOT_HANDED_TO_TEMPLATES.keySet());
	}

	private static String decapitalise(String name) {
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	private static Set<String> beanReferences(Path root) throws IOException {
		Set<String> beans = new TreeSet<>();
		Pattern reference = Pattern.compile("[{(,\\s]@([a-z]\\w*)\\.");
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher m = reference.matcher(Files.readString(file));
				while (m.find()) {
					beans.add(m.group(1));
				}
			}
		}
		return beans;
	}

	private static boolean isBean(com.tngtech.archunit.core.domain.JavaClass type) {
		return type.isAnnotatedWith(org.springframework.stereotype.Controller.class)
				|| type.isMetaAnnotatedWith(org.springframework.stereotype.Component.class)
				|| type.isAnnotatedWith(org.springframework.stereotype.Component.class);
	}

	private static Map<String, Set<String>> templateCalls(Path root) throws IOException {
		Map<String, Set<String>> calls = new TreeMap<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher m = CALL.matcher(Files.readString(file));
				while (m.find()) {
					calls.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(root.relativize(file).toString());
				}
			}
		}
		return calls;
	}

}

package jp.kyoten;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.context.event.EventListener;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.session.SessionRepository;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.web.Feedback;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The conventions of STYLE.md that the class files can show (ArchUnit). A table named
 * inside an SQL string is out of its sight: that part of ADR 210 is checked by
 * {@code SqlOwnershipTests} for every module ({@code ReportingReadsPublishedViewsTests}
 * for reporting).
 */
class ConventionsTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("jp.kyoten");

	private static final JavaClasses TESTS = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
		.importPackages("jp.kyoten");

	/**
	 * A past participle: the regular "-ed" ({@code ConsultationRecorded},
	 * {@code AgencyRevoked}) or one of the irregular ones an event of ours would take.
	 */
	private static final String PAST_TENSE = ".*([a-z]ed|Sent|Paid|Made|Held|Won|Lost|Done|Taken|Given|Begun|Run)";

	@Test
	void controllersLeaveSqlToTheUseCasesAndReadModels() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(JdbcClient.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(JdbcTemplate.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(NamedParameterJdbcTemplate.class)
			.because("STYLE.md: controllers never run SQL; a use case or read model of the module does")
			.check(MAIN);
	}

	@Test
	void webHandlersAreNamedByTheirRole() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.haveSimpleNameEndingWith("Controller")
			.check(MAIN);
		classes().that()
			.haveSimpleNameEndingWith("Controller")
			.and()
			.areTopLevelClasses()
			.should()
			.beAnnotatedWith(Controller.class)
			.orShould()
			.beAnnotatedWith(RestController.class)
			.orShould()
			.beAnnotatedWith(ControllerAdvice.class)
			.orShould()
			.beAnnotatedWith(RestControllerAdvice.class)
			.check(MAIN);
	}

	/**
	 * Spring Data repositories are named {@code *Repository} (petclinic's
	 * {@code OwnerRepository}), and the name means one: a class that reads by SQL is a
	 * read model or a use case named for what it answers ({@code Needs},
	 * {@code RecordConsultation}). The session store is Spring Session's repository.
	 */
	@Test
	void repositoriesAreNamedByTheirRole() {
		classes().that()
			.areInterfaces()
			.and()
			.areAssignableTo(Repository.class)
			.should()
			.haveSimpleNameEndingWith("Repository")
			.check(MAIN);
		classes().that()
			.haveSimpleNameEndingWith("Repository")
			.should()
			.beAssignableTo(Repository.class)
			.orShould()
			.beAssignableTo(SessionRepository.class)
			.because("STYLE.md: no XService or XRepository that only forwards; SQL lives in a read model or use case")
			.check(MAIN);
	}

	/**
	 * STYLE.md (after Restbucks): modules react to past-tense event records carrying ids.
	 * Every event of ours that a listener takes is such a record.
	 */
	@Test
	void eventsAreRecordsNamedInThePastTense() {
		methods().that()
			.areAnnotatedWith(EventListener.class)
			.or()
			.areAnnotatedWith(TransactionalEventListener.class)
			.or()
			.areAnnotatedWith(ApplicationModuleListener.class)
			.should(takeOnlyOurEventsAsPastTenseRecords())
			.check(MAIN);
	}

	/**
	 * Test classes are named by their layer's runner: {@code *Tests} run in the suite
	 * (surefire), {@code *IT} against the packaged application (failsafe),
	 * {@code *Benchmark} only by hand ({@code -Dtest=}), as BRIEF and the bench READMEs
	 * ask. A test class named otherwise would silently never run.
	 */
	@Test
	void testClassesAreNamedForTheRunnerThatRunsThem() {
		classes().that(new DescribedPredicate<JavaClass>("declare @Test or @ParameterizedTest methods") {

			@Override
			public boolean test(JavaClass type) {
				return type.getMethods()
					.stream()
					.anyMatch(m -> m.isAnnotatedWith(Test.class) || m.isAnnotatedWith(ParameterizedTest.class));
			}

		})
			.and()
			.areTopLevelClasses()
			.should()
			.haveSimpleNameEndingWith("Tests")
			.orShould()
			.haveSimpleNameEndingWith("IT")
			.orShould()
			.haveSimpleNameEndingWith("Benchmark")
			.check(TESTS);
	}

	private static ArchCondition<JavaMethod> takeOnlyOurEventsAsPastTenseRecords() {
		return new ArchCondition<>("take only events that are records named in the past tense") {

			@Override
			public void check(JavaMethod listener, ConditionEvents events) {
				for (JavaClass event : listener.getRawParameterTypes()) {
					if (!event.getPackageName().startsWith("jp.kyoten")) {
						continue; // Spring's own events (sign-in, start-up)
					}
					if (!event.isRecord() || !event.getSimpleName().matches(PAST_TENSE)) {
						events.add(SimpleConditionEvent.violated(listener, listener.getFullName() + " takes "
								+ event.getSimpleName() + ", not a record named in the past tense"));
					}
				}
			}

		};
	}

	@Test
	void packagesAreCapabilitiesNotLayers() {
		noClasses().should()
			.resideInAnyPackage("..controller..", "..controllers..", "..service..", "..services..", "..repository..",
					"..repositories..", "..util..", "..common..")
			.because("STYLE.md: one top-level package per business capability, no layer or util packages")
			.check(MAIN);
	}

	@Test
	void controllersLeaveBusinessRuleRefusalsToFeedback() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should(notCatch(BusinessRuleException.class))
			.because("STYLE.md: a refusal becomes a flash or field message in one shared place, platform/web/Feedback;"
					+ " the API answers it in ApiErrorHandling")
			.check(MAIN);
	}

	/**
	 * Who is acting is read in one place, {@code platform.tenancy.ActingUser} (and the
	 * identity module, which signs people in); a web handler takes it as its
	 * {@code @AuthenticationPrincipal} argument. The moving-in run is the one other
	 * reader: it hands the security context of the person who started it to its
	 * background thread (and is another engineer's to change).
	 */
	@Test
	void theActingUserComesFromOnePlace() {
		noClasses().that()
			.resideOutsideOfPackages("jp.kyoten.platform..", "jp.kyoten.identity..")
			.and()
			.doNotHaveFullyQualifiedName("jp.kyoten.moving.RunSpreadsheetImport")
			.should()
			.callMethod(SecurityContextHolder.class, "getContext")
			.because("the acting user comes from ActingUser (CurrentUser for the identity module's principal)")
			.check(MAIN);
	}

	/**
	 * A helper that a page's controllers share (the hand-off forms of staff and the
	 * agency portal) is held to the same rule: it is where a module's own copy of
	 * Feedback would grow again.
	 */
	@Test
	void pageHelpersLeaveBusinessRuleRefusalsToFeedback() {
		classes().that(new DescribedPredicate<JavaClass>("answer pages (use RedirectAttributes or BindingResult)") {

			@Override
			public boolean test(JavaClass type) {
				return !type.isEquivalentTo(Feedback.class) && type.getDirectDependenciesFromSelf()
					.stream()
					.anyMatch(d -> d.getTargetClass().isAssignableTo(RedirectAttributes.class)
							|| d.getTargetClass().isAssignableTo(BindingResult.class));
			}

		})
			.should(notCatch(BusinessRuleException.class))
			.because("STYLE.md: a refusal becomes a flash or field message in one shared place, platform/web/Feedback")
			.check(MAIN);
	}

	private static ArchCondition<JavaClass> notCatch(Class<? extends Throwable> type) {
		return new ArchCondition<>("not catch " + type.getSimpleName()) {

			@Override
			public void check(JavaClass controller, ConditionEvents events) {
				for (JavaCodeUnit unit : controller.getCodeUnits()) {
					for (TryCatchBlock block : unit.getTryCatchBlocks()) {
						// a subclass that carries more than a message
						// (PossibleDuplicateException: the candidates)
						// is a question the page answers, not a refusal
						if (block.getCaughtThrowables().stream().anyMatch(t -> t.isEquivalentTo(type))) {
							events.add(SimpleConditionEvent.violated(controller,
									controller.getSimpleName() + "." + unit.getName() + " catches "
											+ type.getSimpleName() + " at " + block.getSourceCodeLocation()));
						}
					}
				}
			}

		};
	}

	/**
	 * Issue 19 item 5, ADR 249: demo rows are seeded by the module they belong to, behind
	 * {@code platform.demo.DemoSeed}, so that the demo forces no type of theirs public.
	 * {@code SampleEvents} is public because the talent module's seed makes its matching
	 * events through it.
	 */
	@Test
	void demoRowsAreSeededByTheirOwnModulePackagePrivately() {
		classes().that()
			.implement(jp.kyoten.platform.demo.DemoSeed.class)
			.should()
			.resideOutsideOfPackage("jp.kyoten.demo..")
			.because("ADR 249: each module seeds its own demo rows")
			.check(MAIN);
		classes().that()
			.implement(jp.kyoten.platform.demo.DemoSeed.class)
			.and()
			.doNotHaveFullyQualifiedName("jp.kyoten.events.SampleEvents")
			.should()
			.notBePublic()
			.because("ADR 249: a module's demo seed is no part of its API")
			.check(MAIN);
	}

}

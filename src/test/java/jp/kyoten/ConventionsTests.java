package jp.kyoten;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
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
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The conventions of STYLE.md that the class files can show (ArchUnit). A table named
 * inside an SQL string is out of its sight: that part of ADR 210 is checked by
 * {@code ReportingReadsPublishedViewsTests}.
 */
class ConventionsTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("jp.kyoten");

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

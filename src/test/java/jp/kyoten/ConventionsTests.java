package jp.kyoten;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The conventions of STYLE.md that the class files can show (ArchUnit). A table named inside an SQL string is out of
 * its sight: that part of ADR 210 is checked by {@code ReportingReadsPublishedViewsTests}.
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

}

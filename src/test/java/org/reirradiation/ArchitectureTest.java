package org.reirradiation;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries of DESIGN.md section 2. Plain JUnit tests over ArchUnit's core API: its own
 * JUnit engine is silently not run on JUnit 6.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.reirradiation");
    }

    @Test
    void onlyTheKnowledgePackageUsesTheEngine() {
        noClasses().that().resideOutsideOfPackage("org.reirradiation.knowledge..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(classes);
    }

    @Test
    void onlyTheApiPackageUsesSpring() {
        noClasses().that().resideOutsideOfPackage("org.reirradiation.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNoOtherPackageOfOurs() {
        noClasses().that().resideInAPackage("org.reirradiation.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.reirradiation.knowledge..",
                        "org.reirradiation.assessment..", "org.reirradiation.acceptance..", "org.reirradiation.api..",
                        "org.reirradiation.cli..")
                .check(classes);
    }

    @Test
    void theAcceptanceGlueIsSpringFree() {
        noClasses().that().resideInAPackage("org.reirradiation.acceptance..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theCommandLineStartsTheServiceOnlyThroughTheLauncher() {
        noClasses().that().resideInAPackage("org.reirradiation.cli..")
                .should().dependOnClassesThat(resideInAPackage("org.reirradiation.api..")
                        .and(not(name("org.reirradiation.api.ServiceLauncher"))))
                .check(classes);
    }
}

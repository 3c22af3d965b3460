package org.fazhi.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The command line parses options, chooses outputs and exit codes; how rules are compiled and
 * evaluated stays behind the engine's API ({@code Packs.ruleEngine()}, {@code RuleEngine}), so the
 * rule engine can change without touching a command.
 */
class CliArchitectureTest {
    private static final JavaClasses CLI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.fazhi.cli");

    @Test
    void theCommandLineKnowsNothingOfDrools() {
        noClasses().that().resideInAPackage("org.fazhi.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(CLI);
    }
}

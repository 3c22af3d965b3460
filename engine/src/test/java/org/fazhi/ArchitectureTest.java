package org.fazhi;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's stages stay apart (docs/design.md, "Package layout"): data flows READ → EVALUATE → REPORT → RENDER and
 * nothing reaches back; a reader knows nothing of rules, a renderer nothing of Drools.
 */
class ArchitectureTest {
    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.fazhi");

    @Test
    void theModelDependsOnNoStage() {
        noClasses().that().resideInAPackage("org.fazhi.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.fazhi.read..", "org.fazhi.evaluate..", "org.fazhi.report..", "org.fazhi.render..",
                        "org.fazhi.check..", "org.kie..", "org.drools..")
                .check(ENGINE);
    }

    @Test
    void readersKnowNothingOfRulesOrReports() {
        noClasses().that().resideInAPackage("org.fazhi.read..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.fazhi.evaluate..", "org.fazhi.catalogue..", "org.fazhi.report..", "org.fazhi.render..",
                        "org.fazhi.check..", "org.kie..", "org.drools..")
                .check(ENGINE);
    }

    @Test
    void reportsAndRenderersKnowNothingOfReadingDroolsOrEvaluation() {
        noClasses().that().resideInAnyPackage("org.fazhi.report..", "org.fazhi.render..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.fazhi.read..", "org.fazhi.evaluate..", "org.fazhi.check..", "org.kie..", "org.drools..")
                .check(ENGINE);
    }

    /**
     * A renderer takes the report and nothing else of fazhi's, so that a new format can be added
     * (or an old one changed) without knowing how a check is made.
     */
    @Test
    void renderersDependOnlyOnTheReportTheCatalogueMessagesAndTheModel() {
        classes().that().resideInAPackage("org.fazhi.render..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.fazhi..").or(resideInAnyPackage(
                        "org.fazhi.render..", "org.fazhi.report..", "org.fazhi.catalogue..", "org.fazhi.i18n..",
                        "org.fazhi.model..")))
                .check(ENGINE);
    }

    /** Rule packs compile decision tables and DRL into knowledge bases: theirs is the other stage that may. */
    @Test
    void onlyTheEvaluationStageAndRulePacksTalkToDrools() {
        noClasses().that().resideOutsideOfPackages("org.fazhi.evaluate..", "org.fazhi.pack..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(ENGINE);
    }
}

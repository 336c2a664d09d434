package com.aftersales.structure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The house's rooms: a package per feature, no package importing another that imports it back, and the shared
 * pieces (the vocabulary, the money, the generic task checks) knowing nothing of the features that use them.
 */
class PackageStructureTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.aftersales");

    @Test
    void noPackageLoops() {
        slices().matching("com.aftersales.(*)..").should().beFreeOfCycles().check(APPLICATION);
    }

    @Test
    void theVocabularyStandsAlone() {
        classes().that().resideInAPackage("com.aftersales.vocabulary..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.aftersales.vocabulary..", "java..",
                        "org.springframework..").check(APPLICATION);
    }

    @Test
    void tasksKnowNoDomain() {
        classes().that().resideInAPackage("com.aftersales.tasks..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.aftersales.tasks..", "java..", "jakarta..",
                        "org.camunda..", "org.springframework..", "com.fasterxml..",
                        // engine REST's Jersey, to answer refused completions in every engine API (RefusedCompletions)
                        "org.glassfish.jersey..",
                        // the problem types every error answer names, engine REST's refusals included (EngineRestProblem)
                        "com.aftersales.web..").check(APPLICATION);
    }

    @Test
    void moneyKnowsNoProcess() {
        noClasses().that().resideInAPackage("com.aftersales.refund..")
                .should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "com.aftersales.process..",
                        "com.aftersales.casefile..", "com.aftersales.notification..").check(APPLICATION);
    }

    @Test
    void onlyTheApiSpeaksHttp() {
        // kpi and timeline hold the web apps' plugins (Cockpit, Tasklist), whose resources are JAX-RS
        noClasses().that().resideOutsideOfPackages("com.aftersales.api..",
                        "com.aftersales.security..", "com.aftersales.kpi..", "com.aftersales.timeline..",
                        "com.aftersales.tasks..", "com.aftersales.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.http..",
                        "jakarta.ws.rs..", "jakarta.servlet..").check(APPLICATION);
    }
}

package io.newsflow.runner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Who may use whom: the pipeline flows ingest → enrich → sink, and everything rests on schemas. */
class ModuleBoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.newsflow");

    @Test
    void shouldKeepEnrichIndependentOfSinkAndIngest() {
        noClasses().that().resideInAPackage("io.newsflow.enrich..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.sink..", "io.newsflow.ingest..", "io.newsflow.runner..")
                .check(CLASSES);
    }

    @Test
    void shouldKeepIngestIndependentOfEnrichAndSink() {
        noClasses().that().resideInAPackage("io.newsflow.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.enrich..", "io.newsflow.sink..", "io.newsflow.runner..")
                .check(CLASSES);
    }

    @Test
    void shouldKeepSinkIndependentOfIngestAndEnrich() {
        noClasses().that().resideInAPackage("io.newsflow.sink..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.ingest..", "io.newsflow.enrich..", "io.newsflow.runner..")
                .check(CLASSES);
    }

    @Test
    void shouldKeepSchemasAndTheStackAtTheBottom() {
        noClasses().that().resideInAnyPackage("io.newsflow.schemas..", "io.newsflow.stack..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.ingest..", "io.newsflow.enrich..",
                        "io.newsflow.sink..", "io.newsflow.runner..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("io.newsflow.stack..")
                .should().dependOnClassesThat().resideInAPackage("io.newsflow.schemas..")
                .check(CLASSES);
    }
}

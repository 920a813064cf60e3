package com.claimboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The architecture, as rules that read as sentences; the module diagram is written to target/. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(ClaimboardApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.claimboard");

    @Test
    void modules_only_use_each_others_public_api_and_have_no_cycles() {
        MODULES.verify();
    }

    @Test
    void text_engines_import_no_framework() {
        classes()
                .that()
                .resideInAnyPackage(
                        "..article.extraction..",
                        "..claim.splitting..",
                        "..claim.matching..",
                        "..shared.fetching..",
                        "..shared.text..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "org.jsoup..",
                        "org.apache.hc..",
                        "org.apache.lucene..",
                        "ai.onnxruntime..",
                        "ai.djl.huggingface.tokenizers..",
                        "com.claimboard.article.extraction..",
                        "com.claimboard.claim.splitting..",
                        "com.claimboard.claim.matching..",
                        "com.claimboard.shared.fetching..",
                        "com.claimboard.shared.text..")
                .because("the engines are benchmarked and run from the command line without Spring or Vaadin"
                        + " (jsoup parses, HttpClient connects, Lucene ranks, ONNX Runtime runs the sentence model)")
                .check(CLASSES);
    }

    @Test
    void views_talk_to_services_never_to_repositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.transaction.annotation.Transactional")
                .check(CLASSES);
    }

    @Test
    void feature_views_do_not_import_the_layout() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .and()
                .resideOutsideOfPackage("com.claimboard.shared.ui")
                .should()
                .dependOnClassesThat()
                .haveSimpleName("MainLayout")
                .because("@Layout and @Menu build the navigation; only the shell's own error views name it")
                .check(CLASSES);
    }

    @Test
    void writes_the_module_documentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}

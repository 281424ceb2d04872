package vn.his.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Dependencies point one way: web → export → billing → core. Maven already forbids cycles between the modules; this
 * test also catches a class of one module reaching into a module above it through reflection-free code paths
 * (e.g. a package copied into the wrong module).
 */
class ModuleDirectionTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.his");

    @Test
    void coreKnowsNothingOfTheOthers() {
        noClasses().that().resideInAPackage("vn.his.core..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.his.billing..", "vn.his.export..", "vn.his.web..")
                .check(CLASSES);
    }

    @Test
    void billingKnowsOnlyCore() {
        noClasses().that().resideInAPackage("vn.his.billing..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.his.export..", "vn.his.web..")
                .check(CLASSES);
    }

    @Test
    void exportDoesNotKnowTheWeb() {
        noClasses().that().resideInAPackage("vn.his.export..")
                .should().dependOnClassesThat().resideInAPackage("vn.his.web..")
                .check(CLASSES);
    }
}

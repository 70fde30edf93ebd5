package app.brigade.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** DESIGN §1: the domain has no UI, no SQL, no network, no file I/O, and Jackson only in the protocol. */
@AnalyzeClasses(packages = "app.brigade.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noUiSqlOrNetwork = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "java.sql..", "javax.sql..", "java.net..", "java.nio.channels..",
                    "java.nio.file..", "org.jooq..", "okhttp3..", "io.javalin..", "com.fazecast..")
            .because("shared-model is pure domain (DESIGN §1)");

    @ArchTest
    static final ArchRule noFileIo = noClasses().should().dependOnClassesThat()
            .haveFullyQualifiedName("java.io.File").orShould().dependOnClassesThat()
            .haveFullyQualifiedName("java.io.FileInputStream").orShould().dependOnClassesThat()
            .haveFullyQualifiedName("java.io.FileOutputStream")
            .because("shared-model does no file I/O");

    @ArchTest
    static final ArchRule jacksonDatabindOnlyInProtocol = noClasses().that()
            .resideOutsideOfPackage("app.brigade.model.protocol..").should().dependOnClassesThat()
            .resideInAnyPackage("com.fasterxml.jackson.databind..", "com.fasterxml.jackson.core..")
            .because("only the wire protocol package reads and writes JSON; the domain uses annotations at most");

    @ArchTest
    static final ArchRule domainDoesNotDependOnProtocol = noClasses().that()
            .resideInAnyPackage("app.brigade.model.order..", "app.brigade.model.kitchen..", "app.brigade.model.shift..",
                    "app.brigade.model.catalog..", "app.brigade.model.money..", "app.brigade.model.event..")
            .should().dependOnClassesThat().resideInAPackage("app.brigade.model.protocol..")
            .because("the domain must not know how it is serialized");
}

package app.brigade.pos;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * DESIGN §1 dependency rules over every Brigade module on the POS classpath: apps → terminal-ui →
 * {devices, reports} → local-store → shared-model; jOOQ stays in the store; JavaFX stays in the
 * UI; screens and view models do no SQL, serial or POI I/O themselves.
 */
@AnalyzeClasses(packages = "app.brigade", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelDependsOnNoOtherModule = noClasses().that().resideInAPackage("app.brigade.model..")
            .should().dependOnClassesThat().resideInAnyPackage("app.brigade.store..", "app.brigade.devices..",
                    "app.brigade.reports..", "app.brigade.ui..", "app.brigade.pos..", "app.brigade.server..",
                    "app.brigade.sync..", "app.brigade.kds..");

    @ArchTest
    static final ArchRule storeDependsOnlyOnTheModel = noClasses().that().resideInAPackage("app.brigade.store..")
            .should().dependOnClassesThat().resideInAnyPackage("app.brigade.devices..", "app.brigade.reports..",
                    "app.brigade.ui..", "app.brigade.pos..", "app.brigade.server..", "app.brigade.sync..",
                    "app.brigade.kds..", "javafx..");

    @ArchTest
    static final ArchRule devicesAndReportsBelowTheUi = noClasses().that()
            .resideInAnyPackage("app.brigade.devices..", "app.brigade.reports..")
            .should().dependOnClassesThat().resideInAnyPackage("app.brigade.ui..", "app.brigade.pos..",
                    "app.brigade.kds..", "javafx..");

    @ArchTest
    static final ArchRule terminalUiKnowsNoApp = noClasses().that().resideInAPackage("app.brigade.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("app.brigade.pos..", "app.brigade.kds..",
                    "app.brigade.store..", "org.jooq..", "java.sql..");

    @ArchTest
    static final ArchRule jooqOnlyInTheStore = noClasses().that().resideOutsideOfPackages("app.brigade.store..",
            "app.brigade.server..").should().dependOnClassesThat().resideInAnyPackage("org.jooq..");

    @ArchTest
    static final ArchRule screensDoNoBlockingIo = noClasses().that()
            .resideInAnyPackage("app.brigade.pos.login..", "app.brigade.pos.order..", "app.brigade.pos.payment..",
                    "app.brigade.pos.checks..", "app.brigade.pos.manager..", "app.brigade.pos.shift..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.jooq..", "com.fazecast..",
                    "org.apache.poi..", "okhttp3..", "java.nio.channels..", "java.net.http..")
            .because("screens and view models call services through the UI executor, never I/O on the FX thread");

    @ArchTest
    static final ArchRule theSetupWizardScreenDoesNoIoItself = noClasses().that()
            .resideInAPackage("app.brigade.ui.setup..").and().haveSimpleNameStartingWith("FirstRun")
            .and().haveSimpleNameNotEndingWith("Test")
            .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "java.net.http..", "app.brigade.sync..",
                    "java.nio.channels..")
            .because("the wizard tests the server and enrolls through TerminalSetup, on the UI executor");

    @ArchTest
    static final ArchRule servicesNeverTouchTheFxThread = noClasses().that()
            .resideInAnyPackage("app.brigade.pos.service..", "app.brigade.store..", "app.brigade.devices..",
                    "app.brigade.reports..")
            .should().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform");
}

package app.brigade.installer;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.status.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * The logging configurations the apps ship (the app jars' {@code logback.xml}, used by {@code ./brigade},
 * and the one the POS and KDS images pass): the console as before, plus a rolling file in the per-user
 * log folder, bounded in size. Each is loaded into a fresh logback context, as the app would load it.
 */
class LoggingConfigTest {

    @TempDir
    Path temp;

    static Stream<Arguments> configs() {
        return Stream.of(
                Arguments.of("pos-app/src/main/resources/logback.xml", "pos"),
                Arguments.of("kds-app/src/main/resources/logback.xml", "kds"),
                Arguments.of("sync-server/src/main/resources/logback.xml", "server"),
                Arguments.of("installer/src/main/resources/installer/conf/logback.xml", "brigade"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void logsToTheConsoleAndToAFileInTheBrigadeHomesLogsFolder(String config, String name) throws Exception {
        Path home = temp.resolve("home");
        LoggerContext context = configure(config, Map.of("brigade.home", home.toString()));
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        context.getLogger("app.brigade.check").info("POS TEST-1 ready");
        assertThat(root.iteratorForAppenders()).toIterable()
                .as("the console appender stays (the tests and launchers read the 'ready' lines there)")
                .anyMatch(a -> a instanceof ConsoleAppender<?>);
        context.stop();
        assertNoProblems(context, config);

        Path log = home.resolve("logs").resolve(name + ".log");
        assertThat(log).as("%s writes <Brigade home>/logs/%s.log", config, name).isRegularFile();
        assertThat(Files.readString(log)).contains("INFO").contains("app.brigade.check - POS TEST-1 ready");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void brigadeLogDirAndNameMoveTheFile(String config, String name) throws Exception {
        Path dir = temp.resolve("elsewhere");
        LoggerContext context = configure(config, Map.of("brigade.home", temp.resolve("home").toString(),
                "brigade.log.dir", dir.toString(), "brigade.log.name", "report"));
        context.getLogger("app.brigade.check").warn("moved");
        context.stop();
        assertNoProblems(context, config);

        assertThat(dir.resolve("report.log")).content().contains("moved");
        assertThat(temp.resolve("home")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void filesRollAtTenMegabytesAreKeptFourteenDaysAndAHundredMegabytesInAll(String config, String name)
            throws Exception {
        Path home = temp.resolve("home");
        LoggerContext context = configure(config, Map.of("brigade.home", home.toString()));
        RollingFileAppender<?> file = (RollingFileAppender<?>) context.getLogger(Logger.ROOT_LOGGER_NAME)
                .getAppender("FILE");
        assertThat(file.getRollingPolicy()).isInstanceOf(SizeAndTimeBasedRollingPolicy.class);
        assertThat(((SizeAndTimeBasedRollingPolicy<?>) file.getRollingPolicy()).getMaxHistory()).isEqualTo(14);

        String line = "x".repeat(1_000);
        org.slf4j.Logger logger = context.getLogger("app.brigade.volume");
        for (int i = 0; i < 13_000; i++) {
            logger.info("{} {}", i, line);
        }
        context.stop();
        assertNoProblems(context, config);

        Path logs = home.resolve("logs");
        try (Stream<Path> files = Files.list(logs)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).as("13 MB written: one 10 MB file rolled and compressed, the rest in %s.log", name)
                    .contains(name + ".log")
                    .anyMatch(n -> n.matches(Pattern.quote(name) + "\\.\\d{4}-\\d{2}-\\d{2}\\.0\\.log\\.gz"));
        }
        assertThat(Files.size(logs.resolve(name + ".log"))).isLessThan(10L * 1024 * 1024);

        // No getter for these two; the file itself is the contract.
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Built.repositoryRoot().resolve(config).toFile());
        assertThat(xml.getElementsByTagName("maxFileSize").item(0).getTextContent()).isEqualTo("10MB");
        assertThat(xml.getElementsByTagName("totalSizeCap").item(0).getTextContent()).isEqualTo("100MB");
    }

    /** Loads {@code config} into a new context with {@code properties}; fails on any configuration error. */
    private static LoggerContext configure(String config, Map<String, String> properties) throws Exception {
        LoggerContext context = new LoggerContext();
        // What SLF4J's binding sets on the app's context; events cannot be written without it.
        context.setMDCAdapter(new LogbackMDCAdapter());
        properties.forEach(context::putProperty);
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(Built.repositoryRoot().resolve(config).toFile());
        assertNoProblems(context, config);
        return context;
    }

    /** Logback reports configuration and write failures as status messages, not exceptions. */
    private static void assertNoProblems(LoggerContext context, String config) {
        List<String> problems = context.getStatusManager().getCopyOfStatusList().stream()
                .filter(s -> s.getEffectiveLevel() >= Status.WARN).map(s -> s.getMessage()).toList();
        assertThat(problems).as("%s: no logback warnings or errors", config).isEmpty();
    }
}

package app.brigade.pos.app;

import app.brigade.ui.config.BrigadeHome;
import app.brigade.ui.config.ConfigException;
import app.brigade.ui.config.ConfigFile;
import app.brigade.ui.config.TerminalArgs;
import java.nio.file.Path;
import javafx.application.Application;

/**
 * Launcher for the POS (not an {@code Application} subclass, so jpackage and plain classpaths work):
 * {@code pos [--config FILE] [--enroll CODE]}. Reads and checks the configuration before anything
 * starts; with no configuration at all it opens the first-run wizard, which writes one.
 */
public final class PosMain {

    private static final String USAGE = """
                            Usage: pos [--config FILE] [--enroll CODE]
                              Starts the Brigade POS with the settings in FILE, or else in %s
                              (the folder is $BRIGADE_HOME or -Dbrigade.home when set). When neither exists, a
                              first-run wizard asks once: standalone on the demo restaurant, or enrolled on a
                              Brigade server with a one-time code; it writes that file and starts.
                              --config FILE   a pos.properties file (see README, "Configuration")
                              --enroll CODE   enroll this terminal on server.url with a one-time code first""";

    private PosMain() {
    }

    public static void main(String[] args) {
        BrigadeHome.pinForLogging();
        TerminalArgs.Start start;
        try {
            start = TerminalArgs.parse("pos", args);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        Path settings;
        String enrollmentCode = null;
        switch (start) {
            case TerminalArgs.Help help -> {
                System.out.println(USAGE.formatted(BrigadeHome.configFile("pos")));
                return;
            }
            case TerminalArgs.FirstRun first -> {
                PosApplication.prepareFirstRun(first.settings());
                Application.launch(PosApplication.class);
                return;
            }
            case TerminalArgs.Configured configured -> {
                settings = configured.settings();
                enrollmentCode = configured.enrollmentCode();
            }
        }
        PosConfig config;
        try {
            config = PosConfig.from(ConfigFile.load(settings));
        } catch (ConfigException e) {
            fail(e.getMessage());
            return;
        }
        PosContext context;
        try {
            context = PosContext.open(config, enrollmentCode);
        } catch (RuntimeException e) {
            fail(e.getMessage());
            return;
        }
        PosApplication.prepare(context);
        Application.launch(PosApplication.class);
    }

    private static void fail(String message) {
        System.err.println("pos: " + message);
        System.exit(2);
    }
}

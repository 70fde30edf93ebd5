package app.brigade.pos.app;

import app.brigade.ui.config.BrigadeHome;
import app.brigade.ui.config.ConfigException;
import app.brigade.ui.config.ConfigFile;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;

/**
 * Launcher for the POS (not an {@code Application} subclass, so jpackage and plain classpaths work):
 * {@code pos [--config FILE] [--enroll CODE]}. Reads and checks the configuration before anything
 * starts; with no configuration at all it opens the first-run wizard, which writes one.
 */
public final class PosMain {

    private PosMain() {
    }

    public static void main(String[] args) {
        Path configFile = null;
        String enrollmentCode = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    System.out.println("""
                            Usage: pos [--config FILE] [--enroll CODE]
                              Starts the Brigade POS with the settings in FILE, or else in %s
                              (the folder is $BRIGADE_HOME or -Dbrigade.home when set). When neither exists, a
                              first-run wizard asks once: standalone on the demo restaurant, or enrolled on a
                              Brigade server with a one-time code; it writes that file and starts.
                              --config FILE   a pos.properties file (see README, "Configuration")
                              --enroll CODE   enroll this terminal on server.url with a one-time code first"""
                            .formatted(BrigadeHome.configFile("pos")));
                    return;
                }
                case "--config" -> {
                    if (i + 1 >= args.length) {
                        fail("--config needs a file name");
                    }
                    configFile = Path.of(args[++i]);
                }
                case "--enroll" -> {
                    if (i + 1 >= args.length) {
                        fail("--enroll needs the enrollment code (from `server enroll --name N --kind pos`)");
                    }
                    enrollmentCode = args[++i];
                }
                default -> fail("unknown option '" + args[i] + "'; see --help");
            }
        }
        if (configFile == null) {
            Path standard = BrigadeHome.configFile("pos");
            if (Files.isRegularFile(standard)) {
                configFile = standard;
            } else if (enrollmentCode != null) {
                fail("--enroll needs settings with server.url: pass --config FILE, or start without options and"
                        + " enroll in the setup wizard (no " + standard + " yet)");
            } else {
                PosApplication.prepareFirstRun(standard);
                Application.launch(PosApplication.class);
                return;
            }
        }
        PosConfig config;
        try {
            config = PosConfig.from(ConfigFile.load(configFile));
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

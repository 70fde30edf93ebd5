package app.brigade.pos.app;

import app.brigade.ui.config.ConfigException;
import app.brigade.ui.config.ConfigFile;
import java.nio.file.Path;
import javafx.application.Application;

/**
 * Launcher for the POS (not an {@code Application} subclass, so jpackage and plain classpaths work):
 * {@code pos [--config FILE]}. Reads and checks the configuration before anything starts.
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
                            Usage: pos [--config FILE]
                              Starts the Brigade POS. Without --config it runs standalone on the demo
                              restaurant with its data in ~/.brigade/<terminal id>.
                              --config FILE   a pos.properties file (see README, "Configuration")
                              --enroll CODE   enroll this terminal on server.url with a one-time code first""");
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
        PosConfig config;
        try {
            config = PosConfig.from(configFile == null ? ConfigFile.empty() : ConfigFile.load(configFile));
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

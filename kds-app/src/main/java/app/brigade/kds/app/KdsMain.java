package app.brigade.kds.app;

import app.brigade.ui.config.BrigadeHome;
import app.brigade.ui.config.ConfigException;
import app.brigade.ui.config.ConfigFile;
import app.brigade.ui.config.TerminalArgs;
import java.nio.file.Path;
import javafx.application.Application;

/**
 * Launcher for the KDS (not an {@code Application} subclass, so jpackage and plain classpaths work):
 * {@code kds [--config FILE] [--enroll CODE]}. Reads and checks the configuration before anything
 * starts; with no configuration at all it opens the first-run wizard, which writes one.
 */
public final class KdsMain {

    private static final String USAGE = """
                            Usage: kds [--config FILE] [--enroll CODE]
                              Starts the Brigade kitchen display with the settings in FILE, or else in
                              %s (the folder is $BRIGADE_HOME or -Dbrigade.home when set).
                              When neither exists, a first-run wizard asks once: standalone (every station
                              of the demo restaurant), or enrolled on a Brigade server with a one-time code;
                              it writes that file and starts.
                              --config FILE   a kds.properties file with these keys:
                                terminal.name, terminal.id, data.dir, locale
                                stations        station ids shown here, e.g. grill,cold (empty: all)
                                expo            true: whole orders with each station's progress
                                warn.minutes    yellow after (default 5); late.minutes red after (8)
                                station.minutes per-station warn/late, e.g. bar:3/5,grill:6/10
                                sound           on/off: chime on a new ticket
                                theme           dark (default) or light
                                lan.port        port POS terminals deliver to (default 7081; 0 any)
                                lan.bind        address to listen on (default 0.0.0.0)
                                lan.token       shared secret (16+ characters); no token, no listener
                                server.url      sync server: the feed brings tickets, bumps are pushed
                              --enroll CODE   enroll on server.url with a one-time code (`server enroll
                                              --name KDS-1 --kind kds`); later starts reuse the token
                                allergy.words   note words highlighted as allergies
                                bumpbar.bump=B  bumpbar.recall=R  bumpbar.left/right/up/down=arrows
                                bumpbar.page.next=PAGE_DOWN  bumpbar.page.previous=PAGE_UP
                                bumpbar.select=1,2,3,4,5,6,7,8,9,0""";

    private KdsMain() {
    }

    public static void main(String[] args) {
        BrigadeHome.pinForLogging();
        TerminalArgs.Start start;
        try {
            start = TerminalArgs.parse("kds", args);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        Path settings;
        String enrollmentCode = null;
        switch (start) {
            case TerminalArgs.Help help -> {
                System.out.println(USAGE.formatted(BrigadeHome.configFile("kds")));
                return;
            }
            case TerminalArgs.FirstRun first -> {
                KdsApplication.prepareFirstRun(first.settings());
                Application.launch(KdsApplication.class);
                return;
            }
            case TerminalArgs.Configured configured -> {
                settings = configured.settings();
                enrollmentCode = configured.enrollmentCode();
            }
        }
        KdsConfig config;
        try {
            config = KdsConfig.from(ConfigFile.load(settings));
        } catch (ConfigException e) {
            fail(e.getMessage());
            return;
        }
        KdsContext context;
        try {
            context = KdsContext.open(config, enrollmentCode);
        } catch (RuntimeException e) {
            fail(e.getMessage());
            return;
        }
        KdsApplication.prepare(context);
        Application.launch(KdsApplication.class);
    }

    private static void fail(String message) {
        System.err.println("kds: " + message);
        System.exit(2);
    }
}

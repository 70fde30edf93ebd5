package app.brigade.kds.app;

import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.config.ConfigFile;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.setup.FirstRunViewModel;
import app.brigade.ui.setup.FirstRunWizard;
import app.brigade.ui.setup.TerminalKind;
import app.brigade.ui.setup.TerminalOpener;
import app.brigade.ui.setup.TerminalSetup;
import app.brigade.ui.theme.Theme;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The KDS JavaFX application. Started by {@link KdsMain}, which opens the context first, or, on a
 * display with no settings, shows the first-run wizard and opens the context from what it wrote.
 */
public final class KdsApplication extends Application {

    /** The KDS's own stylesheet, on top of the shared theme. */
    public static final String STYLESHEET = "/app/brigade/kds/kds.css";
    public static final String MESSAGES = "app.brigade.kds.messages";
    private static final Logger LOG = LoggerFactory.getLogger(KdsApplication.class);
    private static volatile KdsContext context;
    private static volatile Path firstRunConfig;

    private UiExecutor executor;
    private KdsShell shell;

    /** Set by the launcher before {@code launch}. */
    public static void prepare(KdsContext ctx) {
        context = ctx;
    }

    /** No settings yet: {@code launch} shows the first-run wizard, which writes {@code configFile} and starts from it. */
    public static void prepareFirstRun(Path configFile) {
        context = null;
        firstRunConfig = configFile;
    }

    @Override
    public void start(Stage stage) {
        executor = UiExecutor.javafx();
        if (context != null) {
            show(stage, context);
            return;
        }
        Theme.install(KdsConfig.DEFAULT_THEME);
        Messages messages = new Messages(MESSAGES, Locale.getDefault());
        Scene scene = new Scene(firstRun(firstRunConfig, executor, messages, opened -> {
            if (executor.isClosed()) {
                // The window was closed while the display was opening.
                opened.close();
                return;
            }
            context = opened;
            show(stage, opened);
        }), 1280, 800);
        Theme.style(scene);
        scene.getStylesheets().add(KdsApplication.class.getResource(STYLESHEET).toExternalForm());
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
        stage.show();
        LOG.info("KDS first run: no settings in {}; showing the setup wizard", firstRunConfig);
    }

    private void show(Stage stage, KdsContext ctx) {
        // The configured theme; after the first-run wizard this switches from the default to what it wrote.
        Theme.install(ctx.config().theme());
        Messages messages = new Messages(MESSAGES, ctx.config().locale());
        shell = new KdsShell(ctx, executor, messages, ctx.chime(), System::currentTimeMillis);
        Scene scene = scene(shell, 1280, 800);
        stage.setTitle(messages.get("app.title") + " — " + ctx.config().terminalName());
        stage.setScene(scene);
        stage.setFullScreenExitHint("");
        stage.show();
        shell.attach(scene);
        LOG.info("KDS {} ready (stations {}, expo {}, LAN port {})", ctx.config().terminalName(),
                ctx.config().stations().isEmpty() ? "all" : ctx.config().stations(),
                ctx.config().expo(), ctx.lanPort());
    }

    /**
     * The first-run wizard of the KDS: it writes {@code configFile}, opens the display from it off the FX
     * thread and hands the open context to {@code onOpened} on the FX thread. Used by the app and the UI tests.
     */
    public static FirstRunWizard firstRun(Path configFile, UiExecutor executor, Messages messages,
            Consumer<KdsContext> onOpened) {
        TerminalOpener<KdsContext> open = file -> KdsContext.open(KdsConfig.from(ConfigFile.load(file)));
        return new FirstRunWizard(new FirstRunViewModel<>(new TerminalSetup(TerminalKind.KDS, configFile), executor,
                messages, open, onOpened), messages);
    }

    /** A styled scene around the shell: the shared theme plus the KDS stylesheet. */
    public static Scene scene(KdsShell shell, double width, double height) {
        Scene scene = new Scene(shell, width, height);
        Theme.style(scene);
        scene.getStylesheets().add(KdsApplication.class.getResource(STYLESHEET).toExternalForm());
        return scene;
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.detach();
        }
        if (executor != null) {
            executor.close();
        }
        if (context != null) {
            context.close();
        }
    }
}

package app.brigade.kds.app;

import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.theme.Theme;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The KDS JavaFX application. Started by {@link KdsMain}, which opens the context first. */
public final class KdsApplication extends Application {

    /** The KDS's own stylesheet, on top of the shared theme. */
    public static final String STYLESHEET = "/app/brigade/kds/kds.css";
    public static final String MESSAGES = "app.brigade.kds.messages";
    private static final Logger LOG = LoggerFactory.getLogger(KdsApplication.class);
    private static volatile KdsContext context;

    private UiExecutor executor;
    private KdsShell shell;

    /** Set by the launcher before {@code launch}. */
    public static void prepare(KdsContext ctx) {
        context = ctx;
    }

    @Override
    public void start(Stage stage) {
        Theme.install(true);
        executor = UiExecutor.javafx();
        Messages messages = new Messages(MESSAGES, context.config().locale());
        shell = new KdsShell(context, executor, messages, context.chime(), System::currentTimeMillis);
        Scene scene = scene(shell, 1280, 800);
        stage.setTitle(messages.get("app.title") + " — " + context.config().terminalName());
        stage.setScene(scene);
        stage.setFullScreenExitHint("");
        stage.show();
        shell.attach(scene);
        LOG.info("KDS {} ready (stations {}, expo {}, LAN port {})", context.config().terminalName(),
                context.config().stations().isEmpty() ? "all" : context.config().stations(),
                context.config().expo(), context.lanPort());
    }

    /** A styled scene around the shell: shared dark theme plus the KDS stylesheet. */
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

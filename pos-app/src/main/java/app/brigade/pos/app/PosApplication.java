package app.brigade.pos.app;

import app.brigade.pos.login.PinLockout;
import app.brigade.pos.order.DialogPrompts;
import app.brigade.pos.print.DevicePrinter;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.config.ConfigFile;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.i18n.MoneyFormat;
import app.brigade.ui.setup.FirstRunViewModel;
import app.brigade.ui.setup.FirstRunWizard;
import app.brigade.ui.setup.TerminalKind;
import app.brigade.ui.setup.TerminalOpener;
import app.brigade.ui.setup.TerminalSetup;
import app.brigade.ui.status.Connectivity;
import app.brigade.ui.status.StatusBarModel;
import app.brigade.ui.theme.Theme;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The POS JavaFX application. Started by {@link PosMain}, which opens the context first, or, on a
 * terminal with no settings, shows the first-run wizard and opens the context from what it wrote.
 */
public final class PosApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(PosApplication.class);
    /** The POS's own texts, in front of the shared terminal bundle. */
    public static final String MESSAGES = "app.brigade.pos.messages";
    private static volatile PosContext context;
    private static volatile Path firstRunConfig;

    private UiExecutor executor;

    /** Set by the launcher (or a UI test) before {@code launch}. */
    public static void prepare(PosContext ctx) {
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
        Theme.install(PosConfig.DEFAULT_THEME);
        Messages messages = new Messages(MESSAGES, Locale.getDefault());
        Scene scene = new Scene(firstRun(firstRunConfig, executor, messages, opened -> {
            if (executor.isClosed()) {
                // The window was closed while the terminal was opening.
                opened.close();
                return;
            }
            context = opened;
            show(stage, opened);
        }), 1280, 800);
        Theme.style(scene);
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
        stage.show();
        LOG.info("POS first run: no settings in {}; showing the setup wizard", firstRunConfig);
    }

    private void show(Stage stage, PosContext ctx) {
        // The configured theme; after the first-run wizard this switches from the default to what it wrote.
        Theme.install(ctx.config().theme());
        Scene scene = new Scene(build(ctx, executor, stage), 1280, 800);
        Theme.style(scene);
        stage.setTitle(new Messages(MESSAGES, ctx.config().locale()).get("app.title") + " — "
                + ctx.config().terminalName());
        stage.setScene(scene);
        stage.show();
        LOG.info("POS {} ready", ctx.config().terminalName());
    }

    /**
     * The first-run wizard of the POS: it writes {@code configFile}, opens the terminal from it off the
     * FX thread and hands the open context to {@code onOpened} on the FX thread. Used by the app and the UI tests.
     */
    public static FirstRunWizard firstRun(Path configFile, UiExecutor executor, Messages messages,
            Consumer<PosContext> onOpened) {
        TerminalOpener<PosContext> open = file -> PosContext.open(PosConfig.from(ConfigFile.load(file)));
        return new FirstRunWizard(new FirstRunViewModel<>(new TerminalSetup(TerminalKind.POS, configFile), executor,
                messages, open, onOpened), messages);
    }

    /** Builds the whole POS scene graph on the FX thread; used by the app and by the UI tests. */
    public static PosShell build(PosContext ctx, UiExecutor executor, Stage stage) {
        Messages messages = new Messages(MESSAGES, ctx.config().locale());
        MoneyFormat money = new MoneyFormat(ctx.config().locale(), ctx.catalog().settings().currency());
        StatusBarModel status = new StatusBarModel();
        status.terminalProperty().set(ctx.config().terminalName());
        status.connectivityProperty().set(ctx.config().serverUrl() == null ? Connectivity.STANDALONE
                : Connectivity.OFFLINE);
        status.printerProperty().set(ctx.printer().status(messages)); // until the device thread has told us
        if (ctx.printer() instanceof DevicePrinter device) {
            // Heard on the device thread: the printer's current status at once, then each change.
            device.onStatus(e -> Platform.runLater(() -> {
                status.printerProperty().set(ctx.printer().status(messages));
                status.printerHealthProperty().set(ctx.printer().healthy() ? StatusBarModel.PrinterHealth.READY
                        : StatusBarModel.PrinterHealth.PROBLEM);
            }));
        }
        ctx.sync().ifPresent(sync -> sync.addConnectivityListener(c -> Platform.runLater(() -> {
            status.connectivityProperty().set(switch (c.state()) {
                case ONLINE -> Connectivity.ONLINE;
                case DEGRADED -> Connectivity.DEGRADED;
                case REENROLL_REQUIRED -> Connectivity.REENROLL;
                case OFFLINE, UNKNOWN -> Connectivity.OFFLINE;
            });
        })));
        DateTimeFormatter clock = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale());
        status.clockProperty().set(LocalTime.now().format(clock)); // at once, not a second after the first frame
        Timeline tick = new Timeline();
        tick.getKeyFrames().add(new KeyFrame(Duration.seconds(1), e -> {
            if (executor.isClosed()) {
                tick.stop();
                return;
            }
            status.clockProperty().set(LocalTime.now().format(clock));
            executor.run(() -> ctx.store().syncStatus(), s -> {
                status.unsyncedProperty().set((int) s.unsyncedCount());
                status.oldestUnsyncedSecondsProperty().set(
                        s.oldestUnsyncedAge().map(java.time.Duration::toSeconds).orElse(0L));
            }, err -> { });
        }));
        tick.setCycleCount(Timeline.INDEFINITE);
        tick.play();
        return new PosShell(ctx.service(), executor, messages, money, status,
                new DialogPrompts(messages, money, stage), new PinLockout(System::currentTimeMillis),
                new ReportExports(ctx));
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
        if (context != null) {
            context.close();
        }
    }
}

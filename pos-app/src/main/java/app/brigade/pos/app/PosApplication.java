package app.brigade.pos.app;

import app.brigade.pos.login.PinLockout;
import app.brigade.pos.order.DialogPrompts;
import app.brigade.pos.print.DevicePrinter;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.i18n.MoneyFormat;
import app.brigade.ui.status.Connectivity;
import app.brigade.ui.status.StatusBarModel;
import app.brigade.ui.theme.Theme;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The POS JavaFX application. Started by {@link PosMain}, which opens the context first. */
public final class PosApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(PosApplication.class);
    private static volatile PosContext context;

    private UiExecutor executor;

    /** Set by the launcher (or a UI test) before {@code launch}. */
    public static void prepare(PosContext ctx) {
        context = ctx;
    }

    @Override
    public void start(Stage stage) {
        Theme.install(false);
        executor = UiExecutor.javafx();
        Scene scene = new Scene(build(context, executor, stage), 1280, 800);
        Theme.style(scene);
        stage.setTitle(new Messages("app.brigade.pos.messages", context.config().locale()).get("app.title") + " — "
                + context.config().terminalName());
        stage.setScene(scene);
        stage.show();
        LOG.info("POS {} ready", context.config().terminalName());
    }

    /** Builds the whole POS scene graph on the FX thread; used by the app and by the UI tests. */
    public static PosShell build(PosContext ctx, UiExecutor executor, Stage stage) {
        Messages messages = new Messages("app.brigade.pos.messages", ctx.config().locale());
        MoneyFormat money = new MoneyFormat(ctx.config().locale(), ctx.catalog().settings().currency());
        StatusBarModel status = new StatusBarModel();
        status.terminalProperty().set(ctx.config().terminalName());
        status.connectivityProperty().set(ctx.config().serverUrl() == null ? Connectivity.STANDALONE
                : Connectivity.OFFLINE);
        status.printerProperty().set(ctx.printer().status());
        if (ctx.printer() instanceof DevicePrinter device) {
            device.onStatus(e -> Platform.runLater(() -> {
                status.printerProperty().set(ctx.printer().status());
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

package app.brigade.kds.app;

import app.brigade.kds.allday.AllDayView;
import app.brigade.kds.allday.AllDayViewModel;
import app.brigade.kds.board.BoardView;
import app.brigade.kds.board.BoardViewModel;
import app.brigade.kds.board.RecallPanel;
import app.brigade.kds.bumpbar.BumpBar;
import app.brigade.kds.bumpbar.BumpTarget;
import app.brigade.kds.expo.ExpoService;
import app.brigade.kds.expo.ExpoView;
import app.brigade.kds.expo.ExpoViewModel;
import app.brigade.kds.sound.Chime;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.status.Connectivity;
import app.brigade.ui.status.StatusBar;
import app.brigade.ui.status.StatusBarModel;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.LongSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * The whole KDS screen: top bar (stations, open count, pages, recall), the board or the expo view,
 * the all-day or recall panel, and the status bar. Owns the one-second clock and wires the bump bar
 * to the scene. Built on the FX thread; used by the app and the UI tests.
 */
public final class KdsShell extends BorderPane {

    /** Every how many seconds the screen re-reads the store even without a change signal (server feed). */
    static final int FALLBACK_REFRESH_SECONDS = 5;

    private final KdsContext context;
    private final UiExecutor executor;
    private final Messages messages;
    private final LongSupplier clock;
    private final BoardViewModel board;
    private final ExpoViewModel expo;
    private final AllDayViewModel allDay;
    private final StatusBarModel status = new StatusBarModel();
    private final IntegerProperty lanPeers = new SimpleIntegerProperty();
    private final BumpBar bumpBar;
    private final HealthProbe probe;
    private final Timeline timeline;
    private long seconds;

    public KdsShell(KdsContext context, UiExecutor executor, Messages messages, Chime chime, LongSupplier clock) {
        this.context = context;
        this.executor = executor;
        this.messages = messages;
        this.clock = clock;
        KdsConfig config = context.config();
        this.bumpBar = new BumpBar(config.bumpBar());
        this.probe = config.serverUrl() == null ? null : new HealthProbe(config.serverUrl());
        long now = clock.getAsLong();
        setId("kds");
        if (config.expo()) {
            board = null;
            allDay = null;
            expo = new ExpoViewModel(new ExpoService(context.kitchen()), executor, chime, messages, now);
            setCenter(new ExpoView(expo, messages, context.stationNames(), config.thresholds()));
        } else {
            expo = null;
            board = new BoardViewModel(context.kitchen(), executor, config.stations(), config.thresholds(),
                    config.allergyWords(), chime, messages, now);
            allDay = new AllDayViewModel(board.cards());
            setCenter(new BoardView(board, messages, context.stationNames()));
            StackPane side = new StackPane();
            AllDayView allDayView = new AllDayView(allDay, messages);
            RecallPanel recall = new RecallPanel(board, messages, () -> showRecall(side, false));
            side.getChildren().setAll(allDayView, recall);
            side.setPrefWidth(250);
            side.setMinWidth(220);
            showRecall(side, false);
            setRight(side);
            setTop(topBar(config, side));
        }
        if (config.expo()) {
            setTop(topBar(config, null));
        }
        status.terminalProperty().set(config.terminalName());
        status.connectivityProperty().set(probe == null ? Connectivity.STANDALONE : Connectivity.OFFLINE);
        StatusBar bar = new StatusBar(status, messages);
        Label lan = new Label();
        lan.setId("status-lan");
        lan.getStyleClass().addAll("status-item", "kds-lan");
        lan.textProperty().bind(context.lanPort() < 0 ? Bindings.createStringBinding(() -> messages.get(
                "kds.lan.off")) : lanPeers.map(n -> messages.format("kds.lan.peers", n)));
        bar.getChildren().add(2, lan);
        setBottom(bar);
        context.inbox().onChange(() -> Platform.runLater(this::refresh));
        timeline = new Timeline(new KeyFrame(Duration.seconds(1), e -> everySecond()));
        timeline.setCycleCount(Timeline.INDEFINITE);
    }

    private HBox topBar(KdsConfig config, StackPane side) {
        Label title = new Label(config.expo() ? messages.get("kds.expo.title") : config.stations().isEmpty()
                ? messages.get("kds.all.stations") : String.join(" · ", config.stations().stream()
                        .map(s -> context.stationNames().getOrDefault(s, s)).toList()));
        title.getStyleClass().add("kds-title");
        title.setId("kds-title");
        Label count = new Label();
        count.getStyleClass().add("kds-count");
        count.setId("open-count");
        Label page = new Label();
        page.getStyleClass().add("kds-count");
        page.setId("page-label");
        var paging = config.expo() ? expo.paging() : board.paging();
        page.textProperty().bind(Bindings.createStringBinding(() -> messages.format("kds.page",
                paging.pageProperty().get() + 1, paging.pageCountProperty().get()), paging.pageProperty(),
                paging.pageCountProperty()));
        Label message = new Label();
        message.getStyleClass().add("kds-message");
        message.setId("kds-message");
        if (config.expo()) {
            count.textProperty().bind(Bindings.size(expo.orders()).map(n -> messages.format("kds.open.count", n)));
            message.textProperty().bind(expo.messageProperty());
        } else {
            count.textProperty().bind(Bindings.size(board.cards()).map(n -> messages.format("kds.open.count", n)));
            message.textProperty().bind(board.messageProperty());
        }
        Button prev = button("page-prev", messages.get("kds.page.prev"), () -> target().previousPage());
        Button next = button("page-next", messages.get("kds.page.next"), () -> target().nextPage());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(title, count, message, grow, prev, page, next);
        if (side != null) {
            top.getChildren().add(button("recall-toggle", messages.get("kds.recall"), () -> showRecall(side,
                    !side.getChildren().getLast().isVisible())));
        }
        top.getStyleClass().add("kds-top");
        return top;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static void showRecall(StackPane side, boolean show) {
        side.getChildren().get(0).setVisible(!show);
        side.getChildren().get(1).setVisible(show);
    }

    /** Installs the bump-bar keys on the scene and starts the clock and the first read. */
    public void attach(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (bumpBar.press(e.getCode(), target())) {
                e.consume();
            }
        });
        everySecond();
        refresh();
        timeline.play();
    }

    public void detach() {
        timeline.stop();
    }

    public BumpTarget target() {
        return expo != null ? expo : board;
    }

    /** Reads the store again (after a change signal or on the fallback timer). */
    public void refresh() {
        if (expo != null) {
            expo.refresh();
        } else {
            board.refresh();
        }
    }

    private void everySecond() {
        long now = clock.getAsLong();
        if (expo != null) {
            expo.tick(now);
        } else {
            board.tick(now);
        }
        status.clockProperty().set(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(messages.locale()).format(Instant.ofEpochMilli(now).atZone(ZoneId.systemDefault())));
        lanPeers.set(context.peers().recent());
        if (seconds % 2 == 0) {
            executor.run(context.kitchen()::syncStatus, s -> {
                status.unsyncedProperty().set((int) s.unsyncedCount());
                status.oldestUnsyncedSecondsProperty().set(s.oldestUnsyncedAge().map(java.time.Duration::toSeconds)
                        .orElse(0L));
            }, e -> { });
        }
        if (probe != null && seconds % 10 == 0) {
            executor.run(probe::check, c -> status.connectivityProperty().set(c), e -> { });
        }
        if (seconds > 0 && seconds % FALLBACK_REFRESH_SECONDS == 0) {
            refresh();
        }
        seconds++;
    }

    public BoardViewModel board() {
        return board;
    }

    public ExpoViewModel expo() {
        return expo;
    }

    public AllDayViewModel allDay() {
        return allDay;
    }

    public StatusBarModel status() {
        return status;
    }
}

package app.brigade.bench;

import app.brigade.model.catalog.Employee;
import app.brigade.model.catalog.Item;
import app.brigade.model.event.OrderType;
import app.brigade.pos.app.PosApplication;
import app.brigade.pos.app.PosConfig;
import app.brigade.pos.app.PosContext;
import app.brigade.pos.app.PosShell;
import app.brigade.pos.order.OrderViewModel;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.config.ConfigFile;
import app.brigade.ui.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Issue 7: time from an item tap to the new line shown in the ticket — the tap on the FX thread,
 * the durable record on a worker, the ticket update, and the next rendered pulse — p50/p99 over
 * 500 taps with at least 60 lines on the ticket; and the in-process cold start to the login screen.
 * Runs the real POS scene headless (Monocle, software rendering) on a real store.
 */
public final class PosTapBenchmark {

    private static final int TAPS = Integer.getInteger("bench.taps", 500);

    private PosTapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("headless.geometry", "1920x1200-32");
        Path dir = Files.createTempDirectory("brigade-bench-pos");
        Properties p = new Properties();
        p.setProperty("data.dir", dir.toString());
        long t0 = System.nanoTime();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        PosContext ctx = PosContext.open(PosConfig.from(ConfigFile.of(p, "bench")));
        PosShell[] shell = new PosShell[1];
        CountDownLatch shown = new CountDownLatch(1);
        UiExecutor executor = UiExecutor.javafx();
        Platform.runLater(() -> {
            Theme.install(false);
            Stage stage = new Stage();
            shell[0] = PosApplication.build(ctx, executor, stage);
            Scene scene = new Scene(shell[0], 1280, 800);
            Theme.style(scene);
            stage.setScene(scene);
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    shown.countDown();
                    stop();
                }
            }.start();
        });
        shown.await(30, TimeUnit.SECONDS);
        long coldStart = System.nanoTime() - t0;

        Employee carl = ctx.catalog().employee("emp-carl").orElseThrow();
        ctx.service().openShift(carl, 10_000);
        String orderId = ctx.service().openOrder(carl, OrderType.DINE_IN, "t1", 4).order().id();
        Item espresso = ctx.catalog().items().stream().filter(i -> i.name().equals("Espresso")).findFirst()
                .orElseThrow();
        for (int i = 0; i < 60; i++) {
            ctx.service().addLine(carl, orderId, app.brigade.model.order.LineRequest.of(espresso.id()));
        }
        OrderViewModel order = shell[0].orderViewModel();
        CountDownLatch ready = new CountDownLatch(1);
        Platform.runLater(() -> {
            order.employeeProperty().set(carl);
            order.resume(orderId);
            ready.countDown();
        });
        ready.await();
        waitFor(() -> order.lines().size() >= 60);

        long[] samples = new long[TAPS];
        for (int i = 0; i < TAPS; i++) {
            samples[i] = tap(order, espresso);
        }
        Arrays.sort(samples);
        System.out.printf("pos_cold_start_to_login_ms=%.0f (in-process: toolkit + store open + scene + first pulse)%n",
                coldStart / 1e6);
        System.out.printf("pos_tap_to_line_visible taps=%d lines_at_start=60 p50_ms=%.2f p99_ms=%.2f max_ms=%.2f "
                + "(target p99 <= 16)%n", TAPS, samples[TAPS / 2] / 1e6, samples[(int) (TAPS * 0.99)] / 1e6,
                samples[TAPS - 1] / 1e6);
        Platform.runLater(executor::close);
        ctx.close();
        Platform.exit();
    }

    /** One tap: from the tap on the FX thread to the first pulse after the new line reached the ticket. */
    private static long tap(OrderViewModel order, Item item) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        AtomicLong start = new AtomicLong();
        AtomicLong end = new AtomicLong();
        Platform.runLater(() -> {
            int before = order.lines().size();
            ListChangeListener<Object>[] listener = new ListChangeListener[1];
            listener[0] = change -> {
                if (order.lines().size() > before) {
                    order.lines().removeListener(listener[0]);
                    new AnimationTimer() {
                        @Override
                        public void handle(long now) {
                            end.set(System.nanoTime());
                            stop();
                            done.countDown();
                        }
                    }.start();
                }
            };
            order.lines().addListener(listener[0]);
            start.set(System.nanoTime());
            order.tapItem(item);
        });
        if (!done.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("a tap did not show its line within 10 s");
        }
        return end.get() - start.get();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the order did not load");
            }
            Thread.sleep(20);
        }
    }

}

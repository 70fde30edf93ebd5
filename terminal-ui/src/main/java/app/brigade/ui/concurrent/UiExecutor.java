package app.brigade.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs blocking work (SQL, HTTP, serial, files) off the FX thread and delivers the outcome on it.
 * ViewModels call this; services never touch the FX thread. Tests use {@link #sameThread()}.
 */
public final class UiExecutor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UiExecutor.class);

    private final ExecutorService workers;
    private final Executor fx;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);

    private UiExecutor(ExecutorService workers, Executor fx) {
        this.workers = workers;
        this.fx = fx;
    }

    /** Work on virtual threads, callbacks on the JavaFX application thread. */
    public static UiExecutor javafx() {
        return new UiExecutor(Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("ui-work-", 0).factory()),
                Platform::runLater);
    }

    /** Work on a worker thread, callbacks on the given executor (e.g. a test's own thread). */
    public static UiExecutor with(Executor callbacks) {
        return new UiExecutor(Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("ui-work-", 0).factory()),
                callbacks);
    }

    /** Everything on the caller's thread: for ViewModel unit tests without the FX toolkit. */
    public static UiExecutor sameThread() {
        return new UiExecutor(new SameThreadExecutorService(), Runnable::run);
    }

    /** How many jobs are in flight; the UI shows progress while it is above zero. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public <T> CompletableFuture<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (workers.isShutdown()) {
            // The window is closing: late timer ticks and clicks are dropped, not run half-way.
            LOG.debug("UI executor closed; dropping background work");
            result.cancel(false);
            return result;
        }
        fx.execute(() -> running.set(running.get() + 1));
        workers.execute(() -> {
            try {
                T value = work.call();
                fx.execute(() -> {
                    running.set(running.get() - 1);
                    onSuccess.accept(value);
                });
                result.complete(value);
            } catch (Throwable e) {
                LOG.warn("background work failed", e);
                fx.execute(() -> {
                    running.set(running.get() - 1);
                    onFailure.accept(e);
                });
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    public boolean isClosed() {
        return workers.isShutdown();
    }

    @Override
    public void close() {
        workers.shutdown();
    }
}

package app.brigade.kds.board;

import app.brigade.kds.bumpbar.BumpTarget;
import app.brigade.store.api.RecordResult;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the station board and the expo screen have in common: a list of cards read from the store off the
 * FX thread (refreshes that arrive while one runs fold into one more), paged to what fits the screen
 * with a bump-bar selection, a clock, the last error in the cook's words, and durable commands that run
 * once per key at a time and refresh when they are done.
 *
 * @param <T> a card
 * @param <S> what one read of the store returns
 */
public abstract class PagedScreenModel<T, S> implements BumpTarget {

    protected final UiExecutor executor;
    protected final Messages messages;
    protected final Paging paging = new Paging();
    private final Function<T, String> idOf;
    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final ObservableList<T> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ObservableList<T> pageItems = FXCollections.observableArrayList();
    private final ObservableList<T> pageItemsView = FXCollections.unmodifiableObservableList(pageItems);
    private final LongProperty now = new SimpleLongProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper refreshes = new ReadOnlyIntegerWrapper();
    private final Set<String> pending = new HashSet<>();
    private boolean refreshing;
    private boolean refreshAgain;

    protected PagedScreenModel(UiExecutor executor, Messages messages, long nowMillis, Function<T, String> idOf) {
        this.executor = executor;
        this.messages = messages;
        this.idOf = idOf;
        this.now.set(nowMillis);
        paging.pageProperty().subscribe(p -> updatePage());
        paging.pageSizeProperty().subscribe(p -> updatePage());
    }

    /** Reads the store (runs on a worker thread). */
    protected abstract S load() throws Exception;

    /** Shows what {@link #load} read (FX thread); ends by calling {@link #show}. */
    protected abstract void apply(S snapshot);

    // ---- state ------------------------------------------------------------------------------------

    /** Every card, in order. */
    protected final ObservableList<T> items() {
        return itemsView;
    }

    /** The cards of the current page. */
    protected final ObservableList<T> pageItems() {
        return pageItemsView;
    }

    public final Paging paging() {
        return paging;
    }

    public final ReadOnlyStringProperty selectedIdProperty() {
        return paging.selectedIdProperty();
    }

    public final ReadOnlyLongProperty nowProperty() {
        return now;
    }

    /** The last thing that went wrong, in the cook's words; empty when all is well. */
    public final ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Counts finished refreshes (tests wait on it instead of sleeping). */
    public final ReadOnlyIntegerProperty refreshesProperty() {
        return refreshes.getReadOnlyProperty();
    }

    // ---- commands ---------------------------------------------------------------------------------

    /** The clock moved: timers and age colours follow. */
    public final void tick(long nowMillis) {
        now.set(nowMillis);
    }

    /** Reads the screen again; calls while one is running are folded into one more read. */
    public final void refresh() {
        if (refreshing) {
            refreshAgain = true;
            return;
        }
        refreshing = true;
        executor.run(this::load, s -> {
            apply(s);
            finishRefresh();
        }, e -> {
            message.set(messages.get("kds.error.load"));
            finishRefresh();
        });
    }

    public final void select(String id) {
        paging.select(id);
    }

    @Override
    public final void selectPosition(int position) {
        paging.selectPosition(position);
    }

    @Override
    public final void moveSelection(int delta) {
        paging.move(delta);
    }

    @Override
    public final int columns() {
        return paging.columnsProperty().get();
    }

    @Override
    public final void nextPage() {
        paging.nextPage();
    }

    @Override
    public final void previousPage() {
        paging.previousPage();
    }

    /** The view reports how many cards fit. */
    public final void layout(int columnCount, int rows) {
        paging.layout(columnCount, rows);
        updatePage();
    }

    // ---- for the screens --------------------------------------------------------------------------

    /**
     * Runs a durable command off the FX thread, at most one per {@code key} at a time; a refusal or a
     * failure is said in the message line, and the screen is read again either way.
     */
    protected final void record(String key, Callable<RecordResult> work, Runnable onCommitted) {
        if (!pending.add(key)) {
            return;
        }
        executor.run(work, result -> {
            pending.remove(key);
            if (result instanceof RecordResult.Rejected r) {
                message.set(messages.format("kds.error.rejected", r.rejection().message()));
            } else {
                message.set("");
                onCommitted.run();
            }
            refresh();
        }, e -> {
            pending.remove(key);
            message.set(messages.get("kds.error.save"));
            refresh();
        });
    }

    /** Shows {@code next} as the cards, in that order, and keeps the page and the selection in step. */
    protected final void show(List<T> next) {
        if (!next.equals(items)) {
            items.setAll(next);
        }
        paging.update(items.stream().map(idOf).toList());
        updatePage();
    }

    private void finishRefresh() {
        refreshing = false;
        refreshes.set(refreshes.get() + 1);
        if (refreshAgain) {
            refreshAgain = false;
            refresh();
        }
    }

    private void updatePage() {
        List<String> ids = paging.pageIds();
        Map<String, T> byId = new LinkedHashMap<>();
        items.forEach(c -> byId.put(idOf.apply(c), c));
        List<T> onPage = new ArrayList<>(ids.size());
        for (String id : ids) {
            T item = byId.get(id);
            if (item != null) {
                onPage.add(item);
            }
        }
        if (!onPage.equals(pageItems)) {
            pageItems.setAll(onPage);
        }
    }
}

package app.brigade.kds.expo;

import app.brigade.kds.board.Paging;
import app.brigade.kds.bumpbar.BumpTarget;
import app.brigade.kds.sound.Chime;
import app.brigade.store.api.RecordResult;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
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
 * The expo screen: whole orders with each station's progress; an order stays (as ready) after every
 * station bumped, until the expo bumps it out to the guest. Served orders are remembered for the
 * running session; orders that were ready before the screen started are not shown again.
 */
public final class ExpoViewModel implements BumpTarget {

    private final ExpoService service;
    private final UiExecutor executor;
    private final Chime chime;
    private final Messages messages;
    private final long startedAt;

    private final ObservableList<ExpoOrder> orders = FXCollections.observableArrayList();
    private final ObservableList<ExpoOrder> ordersView = FXCollections.unmodifiableObservableList(orders);
    private final ObservableList<ExpoOrder> pageOrders = FXCollections.observableArrayList();
    private final ObservableList<ExpoOrder> pageOrdersView = FXCollections.unmodifiableObservableList(pageOrders);
    private final Paging paging = new Paging();
    private final LongProperty now = new SimpleLongProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper refreshes = new ReadOnlyIntegerWrapper();
    private final Set<String> served = new HashSet<>();
    private final Set<String> seen = new HashSet<>();
    private final Set<String> pending = new HashSet<>();
    private boolean loadedOnce;
    private boolean refreshing;
    private boolean refreshAgain;

    public ExpoViewModel(ExpoService service, UiExecutor executor, Chime chime, Messages messages, long nowMillis) {
        this.service = service;
        this.executor = executor;
        this.chime = chime;
        this.messages = messages;
        this.startedAt = nowMillis;
        this.now.set(nowMillis);
        paging.pageProperty().subscribe(p -> updatePage());
        paging.pageSizeProperty().subscribe(p -> updatePage());
    }

    public ObservableList<ExpoOrder> orders() {
        return ordersView;
    }

    public ObservableList<ExpoOrder> pageOrders() {
        return pageOrdersView;
    }

    public Paging paging() {
        return paging;
    }

    public ReadOnlyLongProperty nowProperty() {
        return now;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty refreshesProperty() {
        return refreshes.getReadOnlyProperty();
    }

    public Optional<ExpoOrder> order(String orderId) {
        return orders.stream().filter(o -> o.orderId().equals(orderId)).findFirst();
    }

    public void tick(long nowMillis) {
        now.set(nowMillis);
    }

    public void refresh() {
        if (refreshing) {
            refreshAgain = true;
            return;
        }
        refreshing = true;
        executor.run(() -> service.load(startedAt), this::apply, e -> {
            message.set(messages.get("kds.error.load"));
            finish();
        });
    }

    /** The expo sends the order out: every station's ticket still open is bumped, and the order leaves. */
    public void bumpOut(String orderId) {
        order(orderId).ifPresent(o -> {
            if (o.ready()) {
                served.add(orderId);
                show(orders.stream().filter(x -> !x.orderId().equals(orderId)).toList());
                return;
            }
            record(orderId, () -> service.bumpOut(o), () -> served.add(orderId));
        });
    }

    public void select(String orderId) {
        paging.select(orderId);
    }

    @Override
    public void selectPosition(int position) {
        paging.selectPosition(position);
    }

    @Override
    public void moveSelection(int delta) {
        paging.move(delta);
    }

    @Override
    public int columns() {
        return paging.columnsProperty().get();
    }

    @Override
    public void bumpSelected() {
        String id = paging.selectedOrFirst();
        if (id != null) {
            bumpOut(id);
        }
    }

    @Override
    public void recallLast() {
        record("recall", service::recallLast, () -> { });
    }

    @Override
    public void nextPage() {
        paging.nextPage();
    }

    @Override
    public void previousPage() {
        paging.previousPage();
    }

    public void layout(int columnCount, int rows) {
        paging.layout(columnCount, rows);
        updatePage();
    }

    private void record(String key, Callable<RecordResult> work, Runnable onCommitted) {
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

    private void apply(List<ExpoOrder> loaded) {
        List<ExpoOrder> next = new ArrayList<>(loaded.size());
        int arrived = 0;
        for (ExpoOrder o : loaded) {
            if (!o.ready()) {
                served.remove(o.orderId());
            }
            if (o.ready() && served.contains(o.orderId())) {
                continue;
            }
            next.add(o);
            if (seen.add(o.orderId()) && loadedOnce) {
                arrived++;
            }
        }
        show(next);
        if (arrived > 0) {
            chime.play();
        }
        loadedOnce = true;
        finish();
    }

    private void finish() {
        refreshing = false;
        refreshes.set(refreshes.get() + 1);
        if (refreshAgain) {
            refreshAgain = false;
            refresh();
        }
    }

    private void show(List<ExpoOrder> next) {
        if (!next.equals(orders)) {
            orders.setAll(next);
        }
        paging.update(orders.stream().map(ExpoOrder::orderId).toList());
        updatePage();
    }

    private void updatePage() {
        List<String> ids = paging.pageIds();
        List<ExpoOrder> onPage = orders.stream().filter(o -> ids.contains(o.orderId())).toList();
        if (!onPage.equals(pageOrders)) {
            pageOrders.setAll(onPage);
        }
    }
}

package app.brigade.kds.expo;

import app.brigade.kds.board.PagedScreenModel;
import app.brigade.kds.sound.Chime;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.collections.ObservableList;

/**
 * The expo screen: whole orders with each station's progress; an order stays (as ready) after every
 * station bumped, until the expo bumps it out to the guest. Served orders are remembered for the
 * running session; orders that were ready before the screen started are not shown again.
 */
public final class ExpoViewModel extends PagedScreenModel<ExpoOrder, List<ExpoOrder>> {

    private final ExpoService service;
    private final Chime chime;
    private final long startedAt;
    private final Set<String> served = new HashSet<>();
    private final Set<String> seen = new HashSet<>();
    private boolean loadedOnce;

    public ExpoViewModel(ExpoService service, UiExecutor executor, Chime chime, Messages messages, long nowMillis) {
        super(executor, messages, nowMillis, ExpoOrder::orderId);
        this.service = service;
        this.chime = chime;
        this.startedAt = nowMillis;
    }

    public ObservableList<ExpoOrder> orders() {
        return items();
    }

    public ObservableList<ExpoOrder> pageOrders() {
        return pageItems();
    }

    public Optional<ExpoOrder> order(String orderId) {
        return orders().stream().filter(o -> o.orderId().equals(orderId)).findFirst();
    }

    /** The expo sends the order out: every station's ticket still open is bumped, and the order leaves. */
    public void bumpOut(String orderId) {
        order(orderId).ifPresent(o -> {
            if (o.ready()) {
                served.add(orderId);
                show(orders().stream().filter(x -> !x.orderId().equals(orderId)).toList());
                return;
            }
            record(orderId, () -> service.bumpOut(o), () -> served.add(orderId));
        });
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
    protected List<ExpoOrder> load() {
        return service.load(startedAt);
    }

    @Override
    protected void apply(List<ExpoOrder> loaded) {
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
    }
}

package app.brigade.kds.board;

import app.brigade.model.protocol.Event;
import app.brigade.store.api.RemoteApplyResult;
import app.brigade.store.api.Store;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where other devices' events enter the KDS, from the LAN listener or the server feed alike: applied
 * through {@link Store#applyRemote} (so the two copies of one event collapse by event id), then the
 * screens are told to read again. Thread-safe; listeners run on the caller's thread.
 */
public final class KitchenInbox {

    private final Store store;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public KitchenInbox(Store store) {
        this.store = store;
    }

    /** Called after new events were applied; hop to the FX thread in the listener. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** Events reached the store another way (the server feed): wake the screen. */
    public void changed() {
        listeners.forEach(Runnable::run);
    }

    public RemoteApplyResult deliver(List<Event> events) {
        RemoteApplyResult result = store.applyRemote(events);
        if (result.applied() > 0) {
            listeners.forEach(Runnable::run);
        }
        return result;
    }
}

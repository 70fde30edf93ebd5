package app.brigade.sync.feed;

import app.brigade.model.protocol.Event;
import java.util.List;

/**
 * Told after events from other devices were applied to the store (from the server feed or a LAN peer),
 * e.g. so a kitchen display shows a new ticket. Some may have been known already (they arrive by both
 * paths); the store applied each once. Called on a sync thread: return quickly.
 */
@FunctionalInterface
public interface RemoteEventsListener {
    void applied(List<Event> events);
}

package app.brigade.store.journal;

import app.brigade.model.event.OrderClosed;
import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventFactory;
import app.brigade.model.protocol.HlcClock;
import app.brigade.model.protocol.UuidV7;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Small events with rising device sequence numbers, and a reader that fails on any unreadable record. */
final class JournalTestKit {

    private final EventFactory factory = new EventFactory("pos-1", UuidV7.systemClock(),
            new HlcClock(System::currentTimeMillis));
    private final AtomicLong seq = new AtomicLong();

    Event event() {
        return factory.create(seq.incrementAndGet(), new OrderClosed("order-" + seq.get()), "emp", null);
    }

    static List<Event> readAll(Journal journal) throws IOException {
        List<Event> out = new ArrayList<>();
        journal.read(1, new JournalVisitor() {
            @Override
            public void entry(JournalEntry entry) {
                out.add(entry.event());
            }

            @Override
            public void unreadable(long position, String reason) {
                throw new AssertionError("unreadable record " + position + ": " + reason);
            }
        });
        return out;
    }
}

package app.brigade.store.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;
import app.brigade.model.protocol.EventFactory;
import app.brigade.model.protocol.HlcClock;
import app.brigade.model.protocol.UuidV7;
import app.brigade.store.query.OutboxEntry;
import app.brigade.store.query.SyncStatus;
import app.brigade.store.testkit.Sales;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox as the sync client reads it: stored JSON by deviceSeq range, and a status without a row count. */
class OutboxTest {

    @TempDir
    Path dir;

    @Test
    void outboxEntriesAreTheLocalEventsAboveTheGivenSeqAsTheirJournaledJson() {
        EventCodec codec = new EventCodec();
        EventFactory other = new EventFactory("kds-9", UuidV7.systemClock(), new HlcClock(System::currentTimeMillis));
        try (Store store = Store.open(Sales.options(dir))) {
            List<Event> first = Sales.sell(store, "s1", 1).events();
            String orderId = Sales.id("ord");
            store.applyRemote(List.of(other.create(1, Sales.opened(orderId, "B-001"), "emp-x", null)));
            List<Event> second = Sales.sell(store, "s1", 2).events();
            List<Event> mine = new ArrayList<>(first);
            mine.addAll(second);

            List<OutboxEntry> entries = store.outboxEntries(2, 100);

            assertThat(entries).extracting(OutboxEntry::deviceSeq)
                    .containsExactlyElementsOf(mine.stream().map(Event::deviceSeq).filter(s -> s > 2).toList());
            assertThat(entries).extracting(OutboxEntry::json).containsExactlyElementsOf(
                    mine.stream().filter(e -> e.deviceSeq() > 2).map(codec::write).toList());
            assertThat(store.outboxEntries(2, 3)).extracting(OutboxEntry::deviceSeq).containsExactly(3L, 4L, 5L);
            assertThat(store.outboxEntries(mine.getLast().deviceSeq(), 10)).isEmpty();
        }
    }

    @Test
    void statusCountsWhatIsAboveTheAcknowledgedSeqAndAgesTheOldest() {
        try (Store store = Store.open(Sales.options(dir))) {
            assertThat(store.syncStatus()).isEqualTo(new SyncStatus(0, Optional.empty(), 0));
            List<Event> events = Sales.sell(store, "s1", 1).events();
            long last = events.getLast().deviceSeq();

            SyncStatus all = store.syncStatus();
            assertThat(all.unsyncedCount()).isEqualTo(last);
            assertThat(all.oldestUnsyncedAge()).isPresent();

            store.markAcknowledged(last - 2);
            assertThat(store.syncStatus().unsyncedCount()).isEqualTo(2);
            assertThat(store.syncStatus().ackedDeviceSeq()).isEqualTo(last - 2);

            store.markAcknowledged(last);
            assertThat(store.syncStatus()).isEqualTo(new SyncStatus(0, Optional.empty(), last));
        }
    }
}

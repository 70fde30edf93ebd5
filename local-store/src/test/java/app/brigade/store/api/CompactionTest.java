package app.brigade.store.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.protocol.Event;
import app.brigade.store.testkit.Sales;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2 keeps only pointers to journal records; compaction must copy the bodies it still needs first. */
class CompactionTest {

    @TempDir
    Path dir;

    @Test
    void eventsAndOrderHistoryOutliveTheJournalSegmentsTheyPointedInto() {
        List<Event> all = new ArrayList<>();
        String firstOrder;
        try (Store store = Store.open(Sales.options(dir).withSegmentBytes(8192))) {
            all.addAll(store.record(Sales.CASHIER, null, Sales.shift("shift-1")).events());
            for (int i = 0; i < 40; i++) {
                all.addAll(Sales.sell(store, "shift-1", 1).events());
            }
            firstOrder = all.get(1).aggregateId();
            store.markAcknowledged(store.lastDeviceSeq());
            assertThat(store.compactJournal()).as("segments deleted").isNotEmpty();
            assertThat(store.events()).extracting(Event::eventId)
                    .containsExactlyElementsOf(all.stream().map(Event::eventId).toList());
            assertThat(store.order(firstOrder)).hasValueSatisfying(v -> assertThat(v.order().lines()).hasSize(1));
            all.addAll(Sales.sell(store, "shift-1", 1).events());
        }
        try (Store store = Store.open(Sales.options(dir).withSegmentBytes(8192))) {
            assertThat(store.events()).extracting(Event::eventId)
                    .containsExactlyElementsOf(all.stream().map(Event::eventId).toList());
            assertThat(store.order(firstOrder)).isPresent();
        }
    }
}

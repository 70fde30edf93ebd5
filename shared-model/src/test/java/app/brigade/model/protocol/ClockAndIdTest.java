package app.brigade.model.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ClockAndIdTest {

    @Test
    void hlcNeverGoesBackwardsWhenTheWallClockDoes() {
        AtomicLong wall = new AtomicLong(1000);
        HlcClock clock = new HlcClock(wall::get);
        Hlc a = clock.now();
        wall.set(500);
        Hlc b = clock.now();
        Hlc c = clock.now();
        assertThat(a).isEqualTo(new Hlc(1000, 0));
        assertThat(b).isEqualTo(new Hlc(1000, 1));
        assertThat(c).isGreaterThan(b);
    }

    @Test
    void hlcOrdersAfterARemoteEventFromTheFuture() {
        AtomicLong wall = new AtomicLong(1000);
        HlcClock clock = new HlcClock(wall::get);
        Hlc received = clock.receive(new Hlc(5000, 3));
        assertThat(received).isEqualTo(new Hlc(5000, 4));
        assertThat(clock.now()).isEqualTo(new Hlc(5000, 5));
        wall.set(6000);
        assertThat(clock.now()).isEqualTo(new Hlc(6000, 0));
    }

    @Test
    void hlcTextFormRoundTripsAndBadTextIsExplained() {
        assertThat(Hlc.parse(new Hlc(1732000000000L, 12).toString())).isEqualTo(new Hlc(1732000000000L, 12));
        assertThatThrownBy(() -> Hlc.parse("yesterday")).hasMessageContaining("<wallMillis>.<counter>");
    }

    @Test
    void aggregateIdsNameTheirKindAndSortAsStringsInTheOrderTheyWereMade() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            made.add(AggregateIds.next("order"));
        }
        // Many fall in the same millisecond: the v7 counter must keep even those in order.
        assertThat(made).isSorted().doesNotHaveDuplicates().allSatisfy(id -> {
            assertThat(id).startsWith("order-");
            UUID uuid = UUID.fromString(id.substring("order-".length()));
            assertThat(uuid.version()).isEqualTo(7);
            assertThat(UuidV7.millisOf(uuid)).isBetween(System.currentTimeMillis() - 600_000,
                    System.currentTimeMillis() + 1);
        });
    }

    @Test
    void uuidV7IsVersion7SortedByCreationAndUnique() {
        AtomicLong wall = new AtomicLong(1_732_000_000_000L);
        UuidV7 ids = new UuidV7(wall::get);
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            if (i % 1000 == 0) {
                wall.addAndGet(1);
            }
            made.add(ids.next());
        }
        assertThat(made).allSatisfy(u -> {
            assertThat(u.version()).isEqualTo(7);
            assertThat(u.variant()).isEqualTo(2);
        });
        assertThat(new HashSet<>(made)).hasSize(made.size());
        List<String> asText = made.stream().map(UUID::toString).toList();
        assertThat(asText).isSorted();
        assertThat(UuidV7.millisOf(made.getFirst())).isEqualTo(1_732_000_000_001L);
    }
}

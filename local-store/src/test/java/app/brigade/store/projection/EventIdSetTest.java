package app.brigade.store.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventIdSetTest {

    @Test
    void answersLikeAHashSetThroughGrowthAndRemovals() {
        Random random = new Random(42);
        EventIdSet ids = new EventIdSet(16);
        Set<UUID> truth = new HashSet<>();
        List<UUID> added = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            // Some ids share their high half or collide often, the way clustered slots would.
            UUID id = i % 7 == 0 ? new UUID(i % 13, random.nextLong()) : UUID.randomUUID();
            assertThat(ids.add(id)).isEqualTo(truth.add(id));
            added.add(id);
            if (i % 5 == 0) {
                UUID again = added.get(random.nextInt(added.size()));
                assertThat(ids.add(again)).as("an id seen before").isEqualTo(truth.add(again));
            }
            if (i % 3 == 0) {
                UUID gone = added.get(random.nextInt(added.size()));
                ids.remove(gone);
                truth.remove(gone);
            }
        }
        assertThat(ids.size()).isEqualTo(truth.size());
        for (UUID id : added) {
            assertThat(ids.contains(id)).as("%s", id).isEqualTo(truth.contains(id));
        }
    }

    @Test
    void theAllZeroIdIsAnIdLikeAnyOther() {
        EventIdSet ids = new EventIdSet();
        UUID zero = new UUID(0, 0);
        assertThat(ids.contains(zero)).isFalse();
        assertThat(ids.add(zero)).isTrue();
        assertThat(ids.add(zero)).isFalse();
        assertThat(ids.size()).isEqualTo(1);
        ids.remove(zero);
        assertThat(ids.contains(zero)).isFalse();
        assertThat(ids.add(zero)).isTrue();
    }

    @Test
    void removingAnIdKeepsTheOthersThatCollidedWithIt() {
        EventIdSet ids = new EventIdSet(16);
        List<UUID> cluster = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            UUID id = new UUID(i, i);
            cluster.add(id);
            ids.add(id);
        }
        ids.remove(cluster.get(2));
        ids.remove(new UUID(99, 99));
        assertThat(ids.contains(cluster.get(2))).isFalse();
        for (UUID id : cluster) {
            if (!id.equals(cluster.get(2))) {
                assertThat(ids.contains(id)).as("%s", id).isTrue();
            }
        }
        assertThat(ids.size()).isEqualTo(6);
    }
}

package app.brigade.model.order;

import static app.brigade.model.order.Orders.fold;
import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.event.FiredTicket;
import app.brigade.model.event.LineAdded;
import app.brigade.model.event.LineVoided;
import app.brigade.model.event.OrderFired;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KitchenFiringTest {

    private static LineAdded at(String lineId, String station) {
        return new LineAdded("o1", lineId, "i", "Item " + lineId, "c", 100, 1, "t", 0, false,
                station == null ? List.of() : List.of(station), List.of(), 0, 0, "");
    }

    private final AtomicInteger ids = new AtomicInteger();

    @Test
    void firesOneTicketPerStationWithOnlyUnfiredLines() {
        Order o = fold(at("a", "grill"), at("b", "bar"), at("c", "grill"), at("d", null), at("e", "cold"),
                new LineVoided("o1", "e", "x"));
        OrderFired first = KitchenFiring.fire(o, "Table 1", "Carl", 1000, () -> "t" + ids.incrementAndGet())
                .orThrow();

        assertThat(first.addOn()).isFalse();
        assertThat(first.lineIds()).containsExactly("a", "b", "c", "d");
        assertThat(first.tickets()).extracting(FiredTicket::stationId).containsExactly("grill", "bar");
        assertThat(first.tickets().getFirst().lines()).extracting(l -> l.lineId()).containsExactly("a", "c");

        Order after = o.apply(first, null).apply(at("f", "grill"), null);
        OrderFired second = KitchenFiring.fire(after, "Table 1", "Carl", 2000, () -> "t" + ids.incrementAndGet())
                .orThrow();
        assertThat(second.addOn()).isTrue();
        assertThat(second.lineIds()).containsExactly("f");

        assertThat(KitchenFiring.fire(after.apply(second, null), "", "", 3000, () -> "x").isAccepted()).isFalse();
    }

    @Test
    void aRushedSendFlagsTheEventAndEveryStationsTicket() {
        Order o = fold(at("a", "grill"), at("b", "bar"));
        OrderFired rushed = KitchenFiring.fire(o, "Table 1", "Carl", 1000, () -> "t" + ids.incrementAndGet(), true)
                .orThrow();
        assertThat(rushed.rush()).isTrue();
        assertThat(app.brigade.model.kitchen.KitchenTicket.from(rushed))
                .hasSize(2).allSatisfy(t -> assertThat(t.rush()).isTrue());
        OrderFired normal = KitchenFiring.fire(o, "Table 1", "Carl", 1000, () -> "t" + ids.incrementAndGet())
                .orThrow();
        assertThat(normal.rush()).isFalse();
        assertThat(app.brigade.model.kitchen.KitchenTicket.from(normal)).noneMatch(
                app.brigade.model.kitchen.KitchenTicket::rush);
    }
}

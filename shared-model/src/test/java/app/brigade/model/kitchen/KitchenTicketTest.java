package app.brigade.model.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.event.FiredTicket;
import app.brigade.model.event.LineVoided;
import app.brigade.model.event.OrderFired;
import app.brigade.model.event.OrderType;
import app.brigade.model.event.OrderVoided;
import app.brigade.model.event.TicketBumped;
import app.brigade.model.event.TicketItemDone;
import app.brigade.model.event.TicketLine;
import app.brigade.model.event.TicketRecalled;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KitchenTicketTest {

    private static final OrderFired FIRED = new OrderFired("o1", "A-007", OrderType.DINE_IN, "Table 3", "Carl", 60_000,
            false, List.of("l1", "l2", "l3"), List.of(
                    new FiredTicket("tk-grill", "grill", List.of(
                            new TicketLine("l1", "Classic Burger", 2, List.of("Medium", "Bacon"), "allergy: nuts", 1, 1),
                            new TicketLine("l2", "Fries", 1, List.of(), "", 1, 1))),
                    new FiredTicket("tk-bar", "bar", List.of(new TicketLine("l3", "Cola", 2, List.of(), "", 0, 1)))));

    @Test
    void oneTicketPerStationFromTheFireEvent() {
        List<KitchenTicket> tickets = KitchenTicket.from(FIRED);
        assertThat(tickets).extracting(KitchenTicket::stationId).containsExactly("grill", "bar");
        KitchenTicket grill = tickets.getFirst();
        assertThat(grill.orderNumber()).isEqualTo("A-007");
        assertThat(grill.tableName()).isEqualTo("Table 3");
        assertThat(grill.items().getFirst().line().modifiers()).containsExactly("Medium", "Bacon");
        assertThat(grill.items().getFirst().line().note()).isEqualTo("allergy: nuts");
    }

    @Test
    void itemDoneBumpRecallAndVoid() {
        KitchenTicket grill = KitchenTicket.from(FIRED).getFirst();
        KitchenTicket done = grill.apply(new TicketItemDone("tk-grill", "o1", "l1", true));
        assertThat(done.allDone()).isFalse();
        KitchenTicket voided = done.apply(new LineVoided("o1", "l2", "86 fries"));
        assertThat(voided.items().get(1).voided()).isTrue();
        assertThat(voided.allDone()).as("a voided item needs no cooking").isTrue();
        KitchenTicket bumped = voided.apply(new TicketBumped("tk-grill", "o1", "grill"));
        assertThat(bumped.bumped()).isTrue();
        assertThat(bumped.apply(new TicketRecalled("tk-grill", "o1", "grill")).bumped()).isFalse();
        assertThat(grill.apply(new OrderVoided("o1", "left")).cancelled()).isTrue();
    }

    @Test
    void ageColoursFollowThresholds() {
        KitchenTicket t = KitchenTicket.from(FIRED).getFirst();
        long warn = 5 * 60_000;
        long late = 8 * 60_000;
        assertThat(t.age(60_000 + warn - 1, warn, late)).isEqualTo(TicketAge.FRESH);
        assertThat(t.age(60_000 + warn, warn, late)).isEqualTo(TicketAge.WARN);
        assertThat(t.age(60_000 + late, warn, late)).isEqualTo(TicketAge.LATE);
    }

    @Test
    void allDayCountsSkipDoneVoidedAndBumped() {
        List<KitchenTicket> tickets = KitchenTicket.from(FIRED);
        KitchenTicket grill = tickets.get(0).apply(new TicketItemDone("tk-grill", "o1", "l2", true));
        KitchenTicket bar = tickets.get(1);
        KitchenTicket secondBurger = new KitchenTicket("tk-3", "o2", "A-008", OrderType.TAKEOUT, "", "Clara", "grill",
                70_000, false, List.of(new TicketItem(new TicketLine("x", "Classic Burger", 1, List.of(), "", 0, 0),
                        false, false)), false, false, false);
        assertThat(AllDayCounts.of(List.of(grill, bar, secondBurger)))
                .isEqualTo(Map.of("Classic Burger", 3, "Cola", 2));
        assertThat(AllDayCounts.of(List.of(bar.apply(new TicketBumped("tk-bar", "o1", "bar"))))).isEmpty();
    }
}

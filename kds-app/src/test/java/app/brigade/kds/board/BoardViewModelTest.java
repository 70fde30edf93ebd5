package app.brigade.kds.board;

import static app.brigade.kds.PosDevice.line;
import static app.brigade.kds.PosDevice.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.kds.KdsFixture;
import app.brigade.kds.PosDevice;
import app.brigade.kds.allday.AllDayViewModel;
import app.brigade.kds.app.KdsContext;
import app.brigade.kds.app.KdsApplication;
import app.brigade.kds.card.CardModel;
import app.brigade.kds.card.ItemModel;
import app.brigade.model.event.FiredTicket;
import app.brigade.model.event.TicketLine;
import app.brigade.model.kitchen.TicketAge;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The station board's ViewModel on a real store, without the FX toolkit (same-thread executor). */
class BoardViewModelTest {

    @TempDir
    Path dir;

    private final PosDevice pos = new PosDevice("pos-1");
    private final AtomicInteger chimes = new AtomicInteger();
    private KdsContext context;
    private BoardViewModel vm;

    private BoardViewModel board(String stations) {
        context = KdsFixture.open(dir, "stations", stations);
        vm = new BoardViewModel(context.kitchen(), UiExecutor.sameThread(), context.config().stations(),
                context.config().thresholds(), context.config().allergyWords(), chimes::incrementAndGet,
                new Messages(KdsApplication.MESSAGES, Locale.US), System.currentTimeMillis());
        vm.layout(3, 2);
        vm.refresh();
        return vm;
    }

    @AfterEach
    void close() {
        context.close();
    }

    private void deliver(app.brigade.model.protocol.Event... events) {
        context.inbox().deliver(List.of(events));
        vm.refresh();
    }

    @Test
    void firedOrderShowsOnItsStationOnlyWithModifiersNotesAndAllergyFlag() {
        board("grill");
        TicketLine burger = line("Classic Burger", 2, List.of("Medium", "No onions"), "NUT ALLERGY");
        deliver(pos.fire(PosDevice.id(), "A-001", ticket("grill", burger), ticket("bar", line("Cola", 1))));

        assertThat(vm.cards()).hasSize(1);
        CardModel card = vm.cards().getFirst();
        assertThat(card.ticket().orderNumber()).isEqualTo("A-001");
        assertThat(card.ticket().tableName()).isEqualTo("4");
        assertThat(card.ticket().employeeName()).isEqualTo("Maria");
        ItemModel item = card.items().getFirst();
        assertThat(item.name()).isEqualTo("Classic Burger");
        assertThat(item.quantity()).isEqualTo(2);
        assertThat(item.modifiers()).containsExactly("Medium", "No onions");
        assertThat(item.note()).isEqualTo("NUT ALLERGY");
        assertThat(item.allergy()).isTrue();
        assertThat(chimes).as("a new ticket chimes once").hasValue(1);
    }

    @Test
    void rushNoteFlagsTheTicketAndAddOnsAreMarked() {
        board("grill");
        deliver(pos.fire(PosDevice.id(), "A-002", System.currentTimeMillis(), true,
                ticket("grill", line("Steak", 1, List.of(), "RUSH please"))));

        CardModel card = vm.cards().getFirst();
        assertThat(card.rush()).isTrue();
        assertThat(card.ticket().addOn()).isTrue();
        assertThat(card.items().getFirst().allergy()).isFalse();
    }

    @Test
    void aSendTheCashierRushedIsFlaggedWithoutAnyNote() {
        board("grill");
        deliver(pos.fireRushed(PosDevice.id(), "A-003", ticket("grill", line("Fries", 1))));
        deliver(pos.fire(PosDevice.id(), "A-004", ticket("grill", line("Salad", 1))));

        assertThat(vm.cards()).extracting(c -> c.ticket().orderNumber() + "=" + c.rush())
                .containsExactly("A-003=true", "A-004=false");
    }

    @Test
    void itemDoneThenBumpThenRecallLast() {
        board("grill");
        FiredTicket t = ticket("grill", line("Burger", 1), line("Fries", 1));
        deliver(pos.fire(PosDevice.id(), "A-003", t));
        String lineId = t.lines().getFirst().lineId();

        vm.toggleItem(t.ticketId(), lineId);
        assertThat(vm.card(t.ticketId()).orElseThrow().items().getFirst().done()).isTrue();
        vm.toggleItem(t.ticketId(), lineId);
        assertThat(vm.card(t.ticketId()).orElseThrow().items().getFirst().done()).as("tap again: not done").isFalse();

        vm.bump(t.ticketId());
        assertThat(vm.cards()).isEmpty();
        assertThat(vm.recallList()).extracting(CardModel::ticketId).containsExactly(t.ticketId());

        vm.recallLast();
        assertThat(vm.cards()).extracting(CardModel::ticketId).containsExactly(t.ticketId());
        assertThat(vm.cards().getFirst().recallCount()).isEqualTo(1);
        assertThat(context.store().ticketHistory(t.ticketId())).extracting(e -> e.action())
                .containsExactly("FIRED", "ITEM_DONE", "ITEM_UNDONE", "BUMPED", "RECALLED");
    }

    @Test
    void allDayCountsFollowAddsDoneAndVoids() {
        board("grill");
        AllDayViewModel allDay = new AllDayViewModel(vm.cards());
        String order = PosDevice.id();
        FiredTicket first = ticket("grill", line("Burger", 2), line("Fries", 1));
        deliver(pos.fire(order, "A-004", first));
        deliver(pos.fire(PosDevice.id(), "A-005", ticket("grill", line("Burger", 1), line("Steak", 1))));
        assertThat(allDay.count("Burger")).isEqualTo(3);
        assertThat(allDay.count("Fries")).isEqualTo(1);
        assertThat(allDay.rows().getFirst().name()).as("biggest count first").isEqualTo("Burger");

        deliver(pos.voidLine(order, first.lines().getFirst().lineId()));
        assertThat(allDay.count("Burger")).as("a void leaves the count").isEqualTo(1);

        vm.toggleItem(first.ticketId(), first.lines().get(1).lineId());
        assertThat(allDay.count("Fries")).as("done items are made").isZero();
        assertThat(allDay.totalProperty().get()).isEqualTo(2);
    }

    @Test
    void lineVoidedAfterFireStaysOnTheCardMarkedVoidAndCannotBeDone() {
        board("grill");
        String order = PosDevice.id();
        FiredTicket t = ticket("grill", line("Burger", 1), line("Salad", 1));
        deliver(pos.fire(order, "A-006", t));
        String voided = t.lines().get(1).lineId();
        deliver(pos.voidLine(order, voided));

        ItemModel item = vm.card(t.ticketId()).orElseThrow().items().get(1);
        assertThat(item.voided()).isTrue();
        vm.toggleItem(t.ticketId(), voided);
        assertThat(vm.card(t.ticketId()).orElseThrow().items().get(1).done()).isFalse();
    }

    @Test
    void orderVoidedAfterFireTurnsTheCardIntoACancelCardUntilDismissed() {
        board("grill");
        String order = PosDevice.id();
        FiredTicket t = ticket("grill", line("Burger", 1));
        deliver(pos.fire(order, "A-007", t));
        deliver(pos.voidOrder(order));

        CardModel card = vm.card(t.ticketId()).orElseThrow();
        assertThat(card.cancelled()).isTrue();
        assertThat(new AllDayViewModel(vm.cards()).count("Burger")).as("nothing to make any more").isZero();

        vm.refresh();
        assertThat(vm.card(t.ticketId())).as("the cancel card stays until the cook sees it").isPresent();
        vm.bump(t.ticketId());
        assertThat(vm.cards()).isEmpty();
        assertThat(vm.recallList()).as("dismissing a cancel card is not a bump").isEmpty();
    }

    @Test
    void aCancelCardSurvivesARestartUntilDismissedAndTheDismissalSurvivesToo() {
        board("grill");
        String order = PosDevice.id();
        FiredTicket t = ticket("grill", line("Burger", 1));
        deliver(pos.fire(order, "A-008", t));
        deliver(pos.voidOrder(order));
        assertThat(vm.card(t.ticketId()).orElseThrow().cancelled()).isTrue();

        context.close();
        board("grill");
        assertThat(vm.card(t.ticketId())).as("the cook has not seen it yet: it is still on the screen after a restart")
                .hasValueSatisfying(c -> assertThat(c.cancelled()).isTrue());

        vm.bump(t.ticketId());
        assertThat(vm.cards()).isEmpty();
        context.close();
        board("grill");
        assertThat(vm.cards()).as("dismissed for good").isEmpty();
        assertThat(vm.recallList()).as("a dismissed cancel card is nothing to recall").isEmpty();
    }

    @Test
    void ticketsOfSeveralStationsComeInFireOrderAndAgeByStationThresholds() {
        context = KdsFixture.open(dir, "stations", "grill,bar", "station.minutes", "bar:1/2");
        long now = System.currentTimeMillis();
        vm = new BoardViewModel(context.kitchen(), UiExecutor.sameThread(), context.config().stations(),
                context.config().thresholds(), List.of(), chimes::incrementAndGet,
                new Messages(KdsApplication.MESSAGES, Locale.US), now);
        vm.refresh();
        FiredTicket bar = ticket("bar", line("Cola", 1));
        FiredTicket grill = ticket("grill", line("Burger", 1));
        deliver(pos.fire(PosDevice.id(), "A-010", now - 3 * 60_000, false, grill));
        deliver(pos.fire(PosDevice.id(), "A-009", now - 4 * 60_000, false, bar));

        assertThat(vm.cards()).extracting(c -> c.ticket().orderNumber()).containsExactly("A-009", "A-010");
        vm.tick(now);
        assertThat(vm.age(vm.card(bar.ticketId()).orElseThrow())).isEqualTo(TicketAge.LATE);
        assertThat(vm.age(vm.card(grill.ticketId()).orElseThrow())).isEqualTo(TicketAge.FRESH);
        vm.tick(now + 2 * 60_000);
        assertThat(vm.age(vm.card(grill.ticketId()).orElseThrow())).isEqualTo(TicketAge.WARN);
        vm.tick(now + 5 * 60_000);
        assertThat(vm.age(vm.card(grill.ticketId()).orElseThrow())).isEqualTo(TicketAge.LATE);
    }

    @Test
    void selectionPagingAndBumpSelectedFollowTheBumpBar() {
        board("grill");
        for (int i = 1; i <= 8; i++) {
            deliver(pos.fire(PosDevice.id(), "A-1" + i, System.currentTimeMillis() + i, false,
                    ticket("grill", line("Item " + i, 1))));
        }
        assertThat(vm.pageCards()).hasSize(6);
        assertThat(vm.paging().pageCountProperty().get()).isEqualTo(2);

        vm.selectPosition(2);
        assertThat(number(vm.selectedIdProperty().get())).isEqualTo("A-12");
        vm.moveSelection(vm.columns());
        assertThat(number(vm.selectedIdProperty().get())).as("down one row of three").isEqualTo("A-15");
        vm.moveSelection(3);
        assertThat(number(vm.selectedIdProperty().get())).isEqualTo("A-18");
        assertThat(vm.paging().pageProperty().get()).as("moving past the page turns it").isEqualTo(1);

        vm.bumpSelected();
        assertThat(vm.cards()).hasSize(7);
        assertThat(number(vm.selectedIdProperty().get())).as("the selection moves to the neighbour").isEqualTo("A-17");

        vm.previousPage();
        assertThat(vm.pageCards()).extracting(c -> c.ticket().orderNumber()).startsWith("A-11");
        vm.bumpSelected();
        assertThat(vm.cards()).extracting(c -> c.ticket().orderNumber()).doesNotContain("A-11");
    }

    private String number(String ticketId) {
        return vm.card(ticketId).orElseThrow().ticket().orderNumber();
    }
}

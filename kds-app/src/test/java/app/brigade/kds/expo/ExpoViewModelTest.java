package app.brigade.kds.expo;

import static app.brigade.kds.PosDevice.line;
import static app.brigade.kds.PosDevice.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.kds.KdsFixture;
import app.brigade.kds.PosDevice;
import app.brigade.kds.app.KdsApplication;
import app.brigade.kds.app.KdsContext;
import app.brigade.kds.sound.Chime;
import app.brigade.model.event.FiredTicket;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The expo ViewModel on a real store: whole orders, each station's progress, bump out. */
class ExpoViewModelTest {

    @TempDir
    Path dir;

    private final PosDevice pos = new PosDevice("pos-1");
    private KdsContext context;

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void expoSeesEachStationsProgressAndKeepsTheOrderUntilItIsSentOut() {
        context = KdsFixture.open(dir, "expo", "true");
        ExpoViewModel expo = new ExpoViewModel(new ExpoService(context.kitchen()), UiExecutor.sameThread(),
                Chime.silent(), new Messages(KdsApplication.MESSAGES, Locale.US), System.currentTimeMillis() - 1000);
        String order = PosDevice.id();
        FiredTicket grill = ticket("grill", line("Burger", 1), line("Steak", 1));
        FiredTicket bar = ticket("bar", line("Cola", 2));
        context.inbox().deliver(List.of(pos.fire(order, "A-100", grill, bar)));
        expo.refresh();

        assertThat(expo.orders()).extracting(ExpoOrder::orderNumber).containsExactly("A-100");
        assertThat(progress(expo.order(order).orElseThrow().station("grill"))).isEqualTo("grill 0/2 open");

        context.kitchen().itemDone(ticketOf(grill, order), grill.lines().getFirst().lineId(), true);
        context.kitchen().bump(ticketOf(bar, order));
        expo.refresh();
        ExpoOrder o = expo.order(order).orElseThrow();
        assertThat(progress(o.station("grill"))).isEqualTo("grill 1/2 open");
        assertThat(progress(o.station("bar"))).isEqualTo("bar 1/1 bumped");
        assertThat(o.station("grill").items()).extracting(i -> i.line().name() + (i.done() ? " done" : ""))
                .containsExactly("Burger done", "Steak");
        assertThat(o.ready()).isFalse();

        context.kitchen().bump(ticketOf(grill, order));
        expo.refresh();
        assertThat(expo.order(order).orElseThrow().ready()).as("all stations bumped: ready for the pass").isTrue();

        expo.bumpOut(order);
        assertThat(expo.orders()).isEmpty();
        expo.refresh();
        assertThat(expo.orders()).as("a served order does not come back").isEmpty();
    }

    @Test
    void expoBumpOutClosesEveryOpenStationTicketInOneGo() {
        context = KdsFixture.open(dir, "expo", "true");
        ExpoViewModel expo = new ExpoViewModel(new ExpoService(context.kitchen()), UiExecutor.sameThread(),
                Chime.silent(), new Messages(KdsApplication.MESSAGES, Locale.US), System.currentTimeMillis() - 1000);
        String order = PosDevice.id();
        context.inbox().deliver(List.of(pos.fire(order, "A-101", ticket("grill", line("Burger", 1)),
                ticket("cold", line("Salad", 1)))));
        expo.refresh();
        expo.layout(2, 1);
        expo.selectPosition(1);
        expo.bumpSelected();

        assertThat(expo.orders()).isEmpty();
        assertThat(context.store().tickets(null)).isEmpty();
        assertThat(context.store().bumpedTickets(null, 10)).hasSize(2);
    }

    private static String progress(StationProgress p) {
        return p.stationId() + " " + p.done() + "/" + p.total() + (p.bumped() ? " bumped" : " open");
    }

    private app.brigade.model.kitchen.KitchenTicket ticketOf(FiredTicket t, String order) {
        return context.store().tickets(t.stationId()).stream().map(v -> v.ticket())
                .filter(k -> k.ticketId().equals(t.ticketId())).findFirst().orElseThrow();
    }
}

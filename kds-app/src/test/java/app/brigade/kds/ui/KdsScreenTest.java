package app.brigade.kds.ui;

import static app.brigade.kds.PosDevice.line;
import static app.brigade.kds.PosDevice.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.kds.KdsFixture;
import app.brigade.kds.PosDevice;
import app.brigade.kds.app.KdsApplication;
import app.brigade.kds.app.KdsConfig;
import app.brigade.kds.app.KdsContext;
import app.brigade.kds.app.KdsShell;
import app.brigade.kds.sound.Chime;
import app.brigade.model.event.FiredTicket;
import app.brigade.model.event.TicketLine;
import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.theme.Theme;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The cook's flows on the real KDS scene (headless Monocle) over a real store and the real LAN listener. */
@ExtendWith(ApplicationExtension.class)
class KdsScreenTest {

    @TempDir
    static Path tempRoot;

    private static int counter;
    private final PosDevice pos = new PosDevice("pos-1");
    private final AtomicInteger chimes = new AtomicInteger();
    private Stage stage;
    private Path dir;
    private KdsContext context;
    private UiExecutor executor;
    private KdsShell shell;
    private KdsPages page;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        this.dir = tempRoot.resolve("kds" + (++counter));
        Theme.install(true);
        page = new KdsPages(new FxRobot());
    }

    /** Opens the KDS with {@code keyValues} on top of the test defaults (station grill, LAN on loopback). */
    private void open(String... keyValues) {
        String[] all = new String[keyValues.length + 6];
        System.arraycopy(new String[] {"lan.token", KdsFixture.TOKEN, "lan.bind", "127.0.0.1", "lan.port", "0"}, 0,
                all, 0, 6);
        System.arraycopy(keyValues, 0, all, 6, keyValues.length);
        KdsConfig config = KdsFixture.config(dir, all);
        context = KdsContext.open(config);
        executor = UiExecutor.javafx();
        WaitForAsyncUtils.asyncFx(() -> {
            shell = new KdsShell(context, executor, new Messages(KdsApplication.MESSAGES, config.locale()),
                    chimes::incrementAndGet, System::currentTimeMillis);
            Scene scene = KdsApplication.scene(shell, 1280, 800);
            stage.setScene(scene);
            stage.show();
            stage.toFront();
            shell.attach(scene);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void closeKds() {
        WaitForAsyncUtils.asyncFx(() -> shell.detach());
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
        context.close();
        context = null;
    }

    @AfterEach
    void stop() {
        if (context != null) {
            closeKds();
        }
    }

    private void server(Event... events) {
        context.store().applyRemote(List.of(events));
        WaitForAsyncUtils.asyncFx(() -> shell.refresh());
    }

    private void lan(Event... events) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + context.lanPort() + "/v1/events")).header("Authorization", "Bearer " + KdsFixture.TOKEN)
                    .timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(new EventCodec().writeBatch(List.of(events)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
    }

    @Test
    void firedOrderAppearsWithModifiersNotesAndTheAllergyHighlighted() throws Exception {
        open("stations", "grill");
        TicketLine burger = line("Classic Burger", 2, List.of("Medium", "Fries"), "Nut allergy!");
        TicketLine steak = line("Ribeye", 1, List.of("Rare"), "sauce on the side");
        lan(pos.fire(PosDevice.id(), "A-001", ticket("grill", burger, steak), ticket("bar", line("Cola", 1))));

        page.waitForCard("A-001");
        assertThat(page.texts("A-001")).contains("A-001", "2 × Classic Burger", "• Medium", "• Fries",
                "⚠ Nut allergy!", "1 × Ribeye", "• Rare", "» sauce on the side");
        assertThat(String.join(" ", page.texts("A-001"))).contains("Dine-in", "Table 4", "Server Maria");
        assertThat(page.allergyHighlighted("A-001", "Nut allergy")).isTrue();
        assertThat(page.allergyHighlighted("A-001", "sauce on the side")).isFalse();
        assertThat(page.texts("A-001")).as("the bar's ticket is not on the grill").doesNotContain("1 × Cola");
        assertThat(page.text("#open-count")).isEqualTo("1 open");
        assertThat(chimes).as("the new ticket chimed").hasValue(1);
    }

    @Test
    void itemDoneBumpRecallAndAfterARestartRecallStillListsIt() throws Exception {
        open("stations", "grill");
        FiredTicket t = ticket("grill", line("Burger", 1), line("Fries", 1));
        server(pos.fire(PosDevice.id(), "A-002", t));
        page.waitForCard("A-002");

        page.tapItem("A-002", "Burger");
        page.waitUntil("Burger struck", () -> page.struck("A-002", "Burger"));
        assertThat(page.struck("A-002", "Fries")).isFalse();

        page.tapHeader("A-002").waitForNoCard("A-002");
        page.openRecall();
        page.waitUntil("recall lists A-002", () -> page.recallEntries().stream().anyMatch(e -> e.startsWith("A-002")));

        closeKds();
        open("stations", "grill");
        page.openRecall();
        page.waitUntil("recall still lists A-002 after restart",
                () -> page.recallEntries().stream().anyMatch(e -> e.startsWith("A-002")));
        page.tapRecall("A-002").waitForCard("A-002");
        assertThat(page.struck("A-002", "Burger")).as("done state survives bump, restart and recall").isTrue();
        assertThat(page.texts("A-002")).contains("RECALLED");
    }

    @Test
    void bumpBarKeysSelectMoveBumpPageAndRecall() {
        open("stations", "grill");
        for (int i = 1; i <= 8; i++) {
            server(pos.fire(PosDevice.id(), "B-00" + i, System.currentTimeMillis() - 60_000 + i * 10, false,
                    ticket("grill", line("Dish " + i, 1))));
        }
        page.waitUntil("8 tickets", () -> shell.board().cards().size() == 8);
        assertThat(page.text("#page-label")).isEqualTo("Page 1/2");

        page.press(KeyCode.DIGIT2);
        page.waitUntil("B-002 selected", () -> page.selected("B-002"));
        page.press(KeyCode.RIGHT);
        page.waitUntil("B-003 selected", () -> page.selected("B-003"));
        page.press(KeyCode.B).waitForNoCard("B-003");
        page.waitUntil("the neighbour takes the selection", () -> page.selected("B-004"));

        page.press(KeyCode.PAGE_DOWN);
        page.waitUntil("page 2", () -> page.text("#page-label").equals("Page 2/2"));
        assertThat(page.cardsOnScreen()).containsExactly("B-008");
        page.press(KeyCode.PAGE_UP, KeyCode.NUMPAD1, KeyCode.B).waitForNoCard("B-001");

        page.press(KeyCode.R).waitForCard("B-001");
        assertThat(shell.board().cards()).hasSize(7);
    }

    @Test
    void allDayPanelCountsAcrossOpenTicketsAfterAddsAndVoids() {
        open("stations", "grill");
        String order = PosDevice.id();
        FiredTicket first = ticket("grill", line("Burger", 2), line("Fries", 1));
        server(pos.fire(order, "C-001", first));
        server(pos.fire(PosDevice.id(), "C-002", ticket("grill", line("Burger", 1))));
        page.waitUntil("3 burgers all day", () -> page.allDay("Burger") == 3);
        assertThat(page.allDay("Fries")).isEqualTo(1);

        server(pos.fire(order, "C-001", System.currentTimeMillis(), true, ticket("grill", line("Burger", 4))));
        page.waitUntil("the add-on counts", () -> page.allDay("Burger") == 7);

        server(pos.voidLine(order, first.lines().getFirst().lineId()));
        page.waitUntil("the void leaves the count", () -> page.allDay("Burger") == 5);
        page.waitUntil("C-001's burgers shown void", () -> page.voided("C-001", "Burger"));
    }

    @Test
    void aLineVoidedAfterFireIsStruckAndAVoidedOrderShowsACancelCard() {
        open("stations", "grill");
        String order = PosDevice.id();
        FiredTicket t = ticket("grill", line("Burger", 1), line("Onion rings", 1));
        server(pos.fire(order, "D-001", t));
        page.waitForCard("D-001");

        server(pos.voidLine(order, t.lines().get(1).lineId()));
        page.waitUntil("onion rings struck void", () -> page.voided("D-001", "Onion rings"));
        assertThat(page.line("D-001", "Onion rings").getText()).isEqualTo("VOID  1 × Onion rings");
        assertThat(page.voided("D-001", "Burger")).isFalse();

        server(pos.voidOrder(order));
        page.waitUntil("cancel card", () -> page.card("D-001").map(c -> page.cancelCard("D-001")).orElse(false));
        assertThat(page.texts("D-001")).contains("CANCELLED", "Order voided — stop, do not make. Tap to dismiss.");
        page.tapHeader("D-001").waitForNoCard("D-001");
    }

    @Test
    void aTicketDeliveredOverTheLanAndByTheServerShowsOnce() throws Exception {
        open("stations", "grill");
        Event fired = pos.fire(PosDevice.id(), "E-001", ticket("grill", line("Burger", 1)));
        lan(fired);
        page.waitForCard("E-001");
        server(fired);
        lan(fired);
        WaitForAsyncUtils.asyncFx(() -> shell.refresh()).get();
        page.waitUntil("the refresh after the server copy finished", () -> shell.board().refreshesProperty().get() >= 3);

        assertThat(page.cardsOnScreen()).containsExactly("E-001");
        assertThat(context.store().tickets("grill")).hasSize(1);
        page.waitUntil("the status bar counts the POS", () -> page.text("#status-lan").equals("LAN: 1 POS seen"));
    }

    @Test
    void expoSeesTwoStationsProgressAndBumpsTheOrderOut() {
        open("expo", "true");
        String order = PosDevice.id();
        FiredTicket grill = ticket("grill", line("Burger", 1), line("Steak", 1));
        FiredTicket bar = ticket("bar", line("Cola", 2));
        server(pos.fire(order, "F-001", grill, bar));
        page.waitUntil("expo card", () -> page.expoCard(order).isPresent());
        assertThat(page.expoProgress(order, "grill")).isEqualTo("0/2");
        assertThat(page.expoProgress(order, "bar")).isEqualTo("0/1");

        var grillTicket = context.store().tickets("grill").getFirst().ticket();
        context.kitchen().itemDone(grillTicket, grill.lines().getFirst().lineId(), true);
        context.kitchen().bump(context.store().tickets("bar").getFirst().ticket());
        WaitForAsyncUtils.asyncFx(() -> shell.refresh());
        page.waitUntil("grill 1/2", () -> page.expoProgress(order, "grill").equals("1/2"));
        assertThat(page.expoProgress(order, "bar")).isEqualTo("✔ bumped");

        page.press(KeyCode.DIGIT1, KeyCode.B);
        page.waitUntil("order sent out", () -> page.expoCard(order).isEmpty());
        assertThat(context.store().tickets(null)).isEmpty();
    }
}

package app.brigade.pos.order;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.catalog.Catalog;
import app.brigade.model.catalog.Employee;
import app.brigade.model.catalog.Item;
import app.brigade.model.catalog.ModifierGroup;
import app.brigade.model.event.OrderClosed;
import app.brigade.model.event.OrderType;
import app.brigade.model.protocol.CatalogCodec;
import app.brigade.pos.print.NoPrinter;
import app.brigade.pos.service.PosService;
import app.brigade.store.api.Store;
import app.brigade.store.api.StoreOptions;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.i18n.MoneyFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An item tap shows its line at once, marked as being saved, and confirms it when the store has it;
 * a line the store refuses disappears again with the reason. Real store; the "UI thread" is this test,
 * which runs the store calls' callbacks itself, so the moment between tap and confirmation is visible.
 */
class OrderViewModelTapTest {

    private static final Catalog CATALOG = new CatalogCodec().demoRestaurant();

    @TempDir
    Path dir;

    private final LinkedBlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>();
    private final UiExecutor executor = UiExecutor.with(uiThread::add);
    private final Employee carl = CATALOG.employee("emp-carl").orElseThrow();
    private final Item espresso = CATALOG.items().stream().filter(i -> i.name().equals("Espresso")).findFirst()
            .orElseThrow();
    private Store store;
    private PosService service;
    private OrderViewModel order;
    private String orderId;

    @BeforeEach
    void openCheck() throws Exception {
        store = Store.open(StoreOptions.defaults(dir.resolve("store"), "pos-1", "A", CATALOG.settings()));
        service = new PosService(store, CATALOG, new NoPrinter(), System::currentTimeMillis);
        service.openShift(carl, 10_000);
        orderId = service.openOrder(carl, OrderType.TAKEOUT, null, 1).order().id();
        order = new OrderViewModel(service, executor, new Messages("app.brigade.pos.messages", Locale.US),
                new MoneyFormat(Locale.US, CATALOG.settings().currency()), new Prompts() {
                    @Override
                    public Optional<List<String>> modifiers(Item item, List<ModifierGroup> groups) {
                        throw new AssertionError("an espresso asks nothing");
                    }

                    @Override
                    public Optional<String> managerPin(String action) {
                        throw new AssertionError("no manager needed");
                    }

                    @Override
                    public Optional<String> reason(String action) {
                        throw new AssertionError("no reason needed");
                    }
                });
        order.employeeProperty().set(carl);
        order.resume(orderId);
        settle();
    }

    @AfterEach
    void close() {
        executor.close();
        store.close();
    }

    /** Runs the callbacks the store calls posted, as the FX thread would, until no work is left. */
    private void settle() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Runnable r = uiThread.poll(20, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            } else if (executor.runningProperty().get() == 0 && uiThread.isEmpty()) {
                return;
            }
        }
        throw new AssertionError("store calls did not finish within 10 s");
    }

    @Test
    void theTappedLineShowsBeforeTheStoreConfirmsItAndTurnsSolidAfter() throws Exception {
        order.tapItem(espresso);
        assertThat(order.lines()).singleElement().satisfies(row -> {
            assertThat(row.text()).isEqualTo("1 × Espresso");
            assertThat(row.pending()).as("shown on the tap, before any store call has reported").isTrue();
        });
        order.tapItem(espresso);
        assertThat(order.lines()).hasSize(2).allMatch(LineRow::pending);

        settle();
        assertThat(order.lines()).hasSize(2).noneMatch(LineRow::pending);
        assertThat(service.order(orderId).order().lines()).as("both durable, in tap order")
                .extracting(l -> l.lineId()).containsExactlyElementsOf(order.lines().stream().map(LineRow::lineId)
                        .toList());
    }

    @Test
    void aLineTheStoreRefusesDisappearsWithTheReason() throws Exception {
        // another terminal closed the check in the meantime; this screen still shows it open
        store.record(carl.id(), null, new OrderClosed(orderId));
        order.tapItem(espresso);
        assertThat(order.lines()).singleElement().matches(LineRow::pending);

        settle();
        assertThat(order.lines()).isEmpty();
        assertThat(order.messageProperty().get()).isNotBlank().containsIgnoringCase("closed");
        assertThat(service.order(orderId).order().lines()).isEmpty();
    }
    @Test
    void aRowIsMadeAgainWhenItsLineChangesAndOnlyThen() throws Exception {
        order.tapItem(espresso);
        order.tapItem(espresso);
        settle();
        LineRow second = order.lines().get(1);

        order.selectedProperty().set(order.lines().getFirst());
        order.plus();
        settle();
        assertThat(order.lines().getFirst().text()).isEqualTo("2 \u00d7 Espresso");
        assertThat(order.lines().get(1)).as("the untouched line keeps its row").isSameAs(second);

        order.send();
        settle();
        assertThat(order.lines()).as("sent: every row shows fired").allMatch(LineRow::fired).hasSize(2);

        String other = service.openOrder(carl, OrderType.TAKEOUT, null, 1).order().id();
        order.resume(other);
        settle();
        assertThat(order.lines()).as("another check shows its own (empty) lines").isEmpty();
        order.resume(orderId);
        settle();
        assertThat(order.lines()).extracting(LineRow::text).containsExactly("2 \u00d7 Espresso", "1 \u00d7 Espresso");
    }
}

package app.brigade.pos.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.brigade.model.catalog.Catalog;
import app.brigade.model.catalog.Employee;
import app.brigade.model.catalog.Item;
import app.brigade.model.event.DiscountKind;
import app.brigade.model.event.OrderType;
import app.brigade.model.order.LineRequest;
import app.brigade.model.order.OrderLine;
import app.brigade.model.protocol.CatalogCodec;
import app.brigade.pos.order.OrderViewModel;
import app.brigade.pos.order.Prompts;
import app.brigade.pos.print.NoPrinter;
import app.brigade.pos.service.CheckSplit;
import app.brigade.pos.service.PosException;
import app.brigade.pos.service.PosService;
import app.brigade.store.api.Store;
import app.brigade.store.api.StoreOptions;
import app.brigade.store.query.OrderView;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.i18n.MoneyFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The split-check dialog model and the pay screen's split command, without the FX toolkit, on a real
 * store with the demo restaurant: seat 1 has Tomato Soup 5.90 (+0.41 tax) and Cola 3.50 = 9.81; seat 2
 * has Fish &amp; Chips 16.50 (+1.16) and Espresso 2.50 = 20.16; the whole table 29.97.
 */
class SplitCheckViewModelTest {

    private static final Catalog CATALOG = new CatalogCodec().demoRestaurant();
    private static final Messages MESSAGES = new Messages("app.brigade.pos.messages", Locale.US);
    private static final MoneyFormat MONEY = new MoneyFormat(Locale.US, CATALOG.settings().currency());

    @TempDir
    Path dir;

    private Store store;
    private PosService service;
    private final UiExecutor executor = UiExecutor.sameThread();
    private final Employee carl = CATALOG.employee("emp-carl").orElseThrow();
    private PaymentViewModel payment;
    private OrderView table;

    @BeforeEach
    void tableOfTwo() {
        store = Store.open(StoreOptions.defaults(dir.resolve("store"), "pos-1", "A", CATALOG.settings()));
        service = new PosService(store, CATALOG, new NoPrinter(), System::currentTimeMillis);
        service.openShift(carl, 10_000);
        table = service.openOrder(carl, OrderType.DINE_IN, "t4", 2);
        table = ring(table, "Tomato Soup", 1);
        table = ring(table, "Cola", 1);
        table = ring(table, "Fish & Chips", 2);
        table = ring(table, "Espresso", 2);
        payment = new PaymentViewModel(service, executor, MESSAGES, MONEY);
        payment.employeeProperty().set(carl);
        payment.orderProperty().set(table);
    }

    @AfterEach
    void close() {
        executor.close();
        store.close();
    }

    private OrderView ring(OrderView order, String itemName, int seat) {
        Item item = CATALOG.items().stream().filter(i -> i.name().equals(itemName)).findFirst().orElseThrow();
        return service.addLine(carl, order, new LineRequest(item.id(), 1, List.of(), seat, 0, ""));
    }

    @Test
    void choosingASeatPicksItsLinesAndPreviewsBothChecks() {
        SplitCheckViewModel split = payment.splitModel();

        assertThat(split.title()).isEqualTo("Split check A-001");
        assertThat(split.seats()).containsExactly(1, 2);
        assertThat(split.lines()).extracting(SplitCheckViewModel.Choice::text).containsExactly(
                "1 × Tomato Soup · Seat 1", "1 × Cola · Seat 1", "1 × Fish & Chips · Seat 2", "1 × Espresso · Seat 2");
        assertThat(split.validProperty().get()).isFalse();
        assertThat(split.previewProperty().get()).isEqualTo("Pick a seat or the lines to move to a new check");

        split.chooseSeat(2);

        assertThat(split.lines()).extracting(c -> c.chosen().get()).containsExactly(false, false, true, true);
        assertThat(split.validProperty().get()).isTrue();
        assertThat(split.previewProperty().get()).isEqualTo("New check: €20.16 (2 lines). Stays on A-001: €9.81.");
        assertThat(split.request()).contains(new CheckSplit.BySeat(2));
    }

    @Test
    void pickingLinesByHandAsksForThoseLinesAndNeverForAll() {
        SplitCheckViewModel split = payment.splitModel();
        split.chooseSeat(2);
        split.lines().get(1).chosen().set(true);

        String cola = split.lines().get(1).lineId();
        assertThat(split.request()).hasValueSatisfying(r -> assertThat(r).isInstanceOfSatisfying(
                CheckSplit.ByItems.class, items -> assertThat(items.lineIds()).contains(cola).hasSize(3)));

        split.lines().forEach(c -> c.chosen().set(true));
        assertThat(split.validProperty().get()).isFalse();
        assertThat(split.previewProperty().get()).isEqualTo("Leave at least one line on this check");
        assertThat(split.request()).isEmpty();
    }

    @Test
    void splittingASeatLeavesThePayScreenOnWhatStaysAndTheNewCheckOpen() {
        payment.splitCheck(new CheckSplit.BySeat(2));

        OrderView stays = payment.orderProperty().get();
        OrderView newCheck = payment.splitOffProperty().get();
        assertThat(stays.order().lines()).extracting(OrderLine::name).containsExactly("Tomato Soup", "Cola");
        assertThat(payment.dueProperty().get()).isEqualTo("Due €9.81");
        assertThat(newCheck.order().number()).isEqualTo("A-002");
        assertThat(newCheck.order().tableId()).isEqualTo("t4");
        assertThat(newCheck.order().employeeId()).isEqualTo("emp-carl");
        assertThat(newCheck.order().lines()).extracting(OrderLine::name).containsExactly("Fish & Chips", "Espresso");
        assertThat(newCheck.totals().due()).isEqualTo(2_016);
        assertThat(payment.messageProperty().get())
                .isEqualTo("Moved to new check A-002 (€20.16 due). Go on paying check A-001.");
        assertThat(store.openOrders()).extracting(v -> v.order().number()).containsExactly("A-001", "A-002");

        payment.payCashExact(981);
        assertThat(payment.messageProperty().get()).isEqualTo(MESSAGES.get("pay.closed"));
        assertThat(store.openOrders()).extracting(v -> v.order().number()).containsExactly("A-002");
    }

    @Test
    void aCheckDiscountIsRefusedBeforeAnythingIsSentAndTheServiceSaysWhy() {
        Employee maria = CATALOG.employee("emp-maria").orElseThrow();
        OrderView discounted = service.discount(carl, maria, table.order().id(), null, DiscountKind.PERCENT, 1000,
                "regulars");
        payment.orderProperty().set(discounted);
        SplitCheckViewModel split = payment.splitModel();

        split.chooseSeat(2);

        assertThat(split.validProperty().get()).isFalse();
        assertThat(split.previewProperty().get()).contains("discount on the whole check");
        payment.splitCheck(new CheckSplit.BySeat(2));
        assertThat(payment.messageProperty().get()).contains("discount on the whole check");
        assertThat(store.openOrders()).hasSize(1);
    }

    @Test
    void theServiceChecksWhoSplitsAndWhatIsLeft() {
        Employee kim = CATALOG.employee("emp-kim").orElseThrow();
        String id = table.order().id();
        assertThatThrownBy(() -> service.splitCheck(kim, id, new CheckSplit.BySeat(2)))
                .isInstanceOf(PosException.class).hasMessageContaining("kitchen staff");
        assertThatThrownBy(() -> service.splitCheck(carl, id, new CheckSplit.BySeat(3)))
                .isInstanceOf(PosException.class).hasMessage("seat 3 has nothing on check A-001");
        assertThatThrownBy(() -> service.splitCheck(carl, id, new CheckSplit.ByItems(List.of())))
                .isInstanceOf(PosException.class).hasMessageContaining("pick at least one line");
        assertThat(store.openOrders()).hasSize(1);
    }

    @Test
    void linesCanAlsoMoveOntoAnotherOpenCheck() {
        OrderView other = service.openOrder(carl, OrderType.DINE_IN, "t5", 1);
        String espresso = table.order().lines().getLast().lineId();

        PosService.SplitOutcome moved = service.splitCheck(carl, table.order().id(),
                new CheckSplit.ByItems(List.of(espresso)), other.order().id());

        assertThat(moved.target().order().id()).isEqualTo(other.order().id());
        assertThat(moved.target().order().lines()).extracting(OrderLine::name).containsExactly("Espresso");
        assertThat(moved.source().order().lines()).hasSize(3);
        assertThat(store.openOrders()).hasSize(2);
    }

    @Test
    void theOrderScreenRingsLinesUpForTheChosenSeat() {
        OrderViewModel order = new OrderViewModel(service, executor, MESSAGES, MONEY, new NoPrompts());
        order.employeeProperty().set(carl);
        order.resume(table.order().id());
        order.seatProperty().set(3);

        order.tapItem(CATALOG.items().stream().filter(i -> i.name().equals("Espresso")).findFirst().orElseThrow());

        assertThat(order.currentProperty().get().order().lines().getLast().added().seat()).isEqualTo(3);
        assertThat(order.lines().getLast().details()).isEqualTo("Seat 3");
    }

    /** The order screen's questions, never asked here (no forced modifiers, no voids). */
    private static final class NoPrompts implements Prompts {
        @Override
        public Optional<List<String>> modifiers(Item item, List<app.brigade.model.catalog.ModifierGroup> groups) {
            return Optional.of(List.of());
        }

        @Override
        public Optional<String> managerPin(String action) {
            return Optional.empty();
        }

        @Override
        public Optional<String> reason(String action) {
            return Optional.empty();
        }
    }
}

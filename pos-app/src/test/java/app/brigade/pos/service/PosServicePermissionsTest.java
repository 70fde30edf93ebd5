package app.brigade.pos.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.brigade.model.catalog.Catalog;
import app.brigade.model.catalog.Employee;
import app.brigade.model.catalog.Item;
import app.brigade.model.catalog.TenderType;
import app.brigade.model.event.CashMovementKind;
import app.brigade.model.event.OrderType;
import app.brigade.model.event.ShiftClosed;
import app.brigade.model.order.LineRequest;
import app.brigade.model.protocol.CatalogCodec;
import app.brigade.model.protocol.Event;
import app.brigade.pos.print.NoPrinter;
import app.brigade.store.api.Store;
import app.brigade.store.api.StoreOptions;
import app.brigade.store.query.OrderView;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may do what is decided by the service, whatever the screens show: kitchen staff change nothing at
 * the till, the blind close needs a manager recorded as approver, and a card number typed into a reason or
 * a note is refused. Each refusal records nothing (real store in a temp folder, demo restaurant).
 */
class PosServicePermissionsTest {

    private static final Catalog CATALOG = new CatalogCodec().demoRestaurant();
    private static final String CARD = "4111 1111 1111 1111";

    @TempDir
    Path dir;

    private Store store;
    private PosService service;
    private final Employee carl = CATALOG.employee("emp-carl").orElseThrow();
    private final Employee maria = CATALOG.employee("emp-maria").orElseThrow();
    private final Employee kim = CATALOG.employee("emp-kim").orElseThrow();
    private OrderView check;

    @BeforeEach
    void openShiftWithAnEspresso() {
        store = Store.open(StoreOptions.defaults(dir.resolve("store"), "pos-1", "A", CATALOG.settings()));
        service = new PosService(store, CATALOG, new NoPrinter(), System::currentTimeMillis);
        service.openShift(carl, 10_000);
        check = service.openOrder(carl, OrderType.TAKEOUT, null, 0);
        check = service.addLine(carl, check, line("Espresso", ""));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static LineRequest line(String itemName, String note) {
        Item item = CATALOG.items().stream().filter(i -> i.name().equals(itemName)).findFirst().orElseThrow();
        return new LineRequest(item.id(), 1, List.of(), 0, 0, note);
    }

    /** The call is refused with a message containing {@code why}, and the store recorded nothing. */
    private void refusedAndNothingRecorded(ThrowingCallable call, String why) {
        long before = store.lastDeviceSeq();
        assertThatThrownBy(call).isInstanceOf(PosException.class).hasMessageContaining(why);
        assertThat(store.lastDeviceSeq()).as("events recorded after the refusal").isEqualTo(before);
    }

    @Test
    void kitchenStaffCannotSellSendPayOrCloseAtTheTill() {
        String order = check.order().id();
        String kitchen = "kitchen staff";
        refusedAndNothingRecorded(() -> service.send(kim, order), kitchen);
        refusedAndNothingRecorded(() -> service.changeQuantity(kim, order, check.order().lines().getFirst().lineId(), 3),
                kitchen);
        refusedAndNothingRecorded(() -> service.payCash(kim, order, 1_000, 0), kitchen);
        refusedAndNothingRecorded(() -> service.closeShift(kim, maria, Map.of(1_000L, 1)), kitchen);
        refusedAndNothingRecorded(() -> service.reprint(kim, order), kitchen);
    }

    @Test
    void aCashierCannotApproveAndTheBlindCloseNeedsAManagerRecordedAsApprover() {
        service.payCash(carl, check.order().id(), 500, 0);
        refusedAndNothingRecorded(() -> service.closeShift(carl, null, Map.of(5_000L, 2)), "needs a manager's PIN");
        refusedAndNothingRecorded(() -> service.closeShift(carl, carl, Map.of(5_000L, 2)), "needs a manager's PIN");
        refusedAndNothingRecorded(() -> service.closeShift(carl, maria, Map.of(5_000L, -1)), "zero or more");
        refusedAndNothingRecorded(() -> service.noSale(carl, carl, "change for the tips jar"),
                "needs a manager's PIN");

        var closed = service.closeShift(carl, maria, Map.of(5_000L, 2, 200L, 1));

        // float 100.00 + espresso 2.50 = 102.50 expected; counted 2 × 50 + 1 × 2 = 102.00 → 0.50 short
        assertThat(closed.shift().countedCash()).isEqualTo(10_200);
        assertThat(closed.shift().overShort()).hasValue(-50);
        Event last = store.events().getLast();
        assertThat(last.payload()).isInstanceOf(ShiftClosed.class);
        assertThat(last.actorId()).isEqualTo(carl.id());
        assertThat(last.approverId()).isEqualTo(maria.id());
    }

    @Test
    void aCardNumberTypedIntoAReasonOrANoteIsRefused() {
        String order = check.order().id();
        String lineId = check.order().lines().getFirst().lineId();
        String refusal = "looks like a card number";
        refusedAndNothingRecorded(() -> service.addLine(carl, check, line("Espresso", "card " + CARD)), refusal);
        refusedAndNothingRecorded(() -> service.voidLine(carl, null, order, lineId, CARD), refusal);
        refusedAndNothingRecorded(() -> service.voidOrder(carl, maria, order, "guest paid with " + CARD), refusal);
        refusedAndNothingRecorded(() -> service.noSale(carl, maria, CARD), refusal);
        refusedAndNothingRecorded(() -> service.cashMovement(carl, maria, CashMovementKind.PAY_IN, 1_000, CARD),
                refusal);
        service.payCash(carl, order, 500, 0);
        refusedAndNothingRecorded(() -> service.refund(carl, maria, order, 250, TenderType.CASH, CARD), refusal);

        // an ordinary reason with a few digits still goes through
        service.refund(carl, maria, order, 250, TenderType.CASH, "table 12 cold coffee");
        assertThat(service.order(order).totals().refundable()).isZero();
    }
}

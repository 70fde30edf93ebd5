package app.brigade.pos.checks;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.catalog.Catalog;
import app.brigade.model.catalog.DiningTable;
import app.brigade.model.catalog.Employee;
import app.brigade.model.catalog.Item;
import app.brigade.model.catalog.Role;
import app.brigade.model.protocol.Event;
import app.brigade.model.event.OrderTransferred;
import app.brigade.model.event.OrderType;
import app.brigade.model.order.LineRequest;
import app.brigade.model.protocol.CatalogCodec;
import app.brigade.pos.ScriptedPrompts;
import app.brigade.pos.print.NoPrinter;
import app.brigade.pos.service.PosService;
import app.brigade.store.api.Store;
import app.brigade.store.api.StoreOptions;
import app.brigade.store.query.OrderView;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.MoneyFormat;
import app.brigade.ui.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open checks and order history model without the FX toolkit: moving a check to a table, handing
 * it over (someone else's check needs a manager's PIN, recorded as approver), reprinting and refunding
 * a paid order (real store, demo restaurant, callbacks on the calling thread).
 */
class ChecksViewModelTest {

    private static final Catalog DEMO = new CatalogCodec().demoRestaurant();

    @TempDir
    Path dir;

    private final ScriptedPrompts prompts = new ScriptedPrompts("guest changed their mind");
    private Store store;
    private PosService service;
    private Employee carl;
    private Employee clara;
    private Employee cashier;
    private ChecksViewModel checks;
    private final MoneyFormat money = new MoneyFormat(Locale.US, DEMO.settings().currency());

    @BeforeEach
    void open() {
        store = Store.open(StoreOptions.defaults(dir.resolve("store"), "pos-1", "A", DEMO.settings()));
        service = new PosService(store, DEMO, new NoPrinter(), System::currentTimeMillis);
        carl = DEMO.employee("emp-carl").orElseThrow();
        clara = DEMO.employee("emp-clara").orElseThrow();
        cashier = carl;
        checks = new ChecksViewModel(service, UiExecutor.sameThread(), new Messages("app.brigade.pos.messages", Locale.US),
                money, prompts, () -> cashier);
        service.openShift(carl, 10_000);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private OrderView espressoFor(Employee who) {
        Item espresso = DEMO.items().stream().filter(i -> i.name().equals("Espresso")).findFirst().orElseThrow();
        OrderView check = service.openOrder(who, OrderType.TAKEOUT, null, 0);
        return service.addLine(who, check, new LineRequest(espresso.id(), 1, List.of(), 0, 0, ""));
    }

    private OrderView paidEspresso() {
        OrderView check = espressoFor(carl);
        return service.payCash(carl, check.order().id(), check.totals().cashDue(), 0).order();
    }

    private Event lastTransfer() {
        return store.events().stream().filter(e -> e.payload() instanceof OrderTransferred).reduce((a, b) -> b)
                .orElseThrow();
    }

    @Test
    void reloadListsTheOpenChecksAndThePaidOrdersNewestFirstAndNamesThem() {
        OrderView first = paidEspresso();
        OrderView second = paidEspresso();
        OrderView open = espressoFor(clara);

        checks.reload();

        assertThat(checks.openChecks()).extracting(v -> v.order().id()).containsExactly(open.order().id());
        assertThat(checks.paidOrders()).extracting(v -> v.order().id())
                .containsExactly(second.order().id(), first.order().id());
        assertThat(checks.describeOpen(checks.openChecks().getFirst())).contains(open.order().number())
                .contains("Clara").contains(money.format(open.totals().due()));
        assertThat(checks.handOverTargets()).extracting(Employee::role).doesNotContain(Role.COOK);
    }

    @Test
    void movingNeedsACheckAndATableThenMovesTheCheck() {
        OrderView check = espressoFor(carl);
        DiningTable table = checks.tables().getFirst();
        checks.reload();

        checks.moveToTable(check, null);
        assertThat(checks.messageProperty().get()).isEqualTo("Pick a check and the table to move it to");
        assertThat(service.order(check.order().id()).order().tableId()).isNull();

        checks.moveToTable(check, table);
        assertThat(checks.messageProperty().get()).isEmpty();
        assertThat(service.order(check.order().id()).order().tableId()).isEqualTo(table.id());
        assertThat(checks.openChecks()).singleElement()
                .satisfies(v -> assertThat(v.order().tableId()).isEqualTo(table.id()));
    }

    @Test
    void theCashierHandsTheirOwnCheckOverWithoutAPin() {
        OrderView check = espressoFor(carl);

        checks.handOver(check, clara);

        assertThat(prompts.askedFor()).as("no manager PIN asked for one's own check").isEmpty();
        assertThat(service.order(check.order().id()).order().employeeId()).isEqualTo("emp-clara");
        assertThat(lastTransfer().approverId()).isNull();
    }

    @Test
    void someoneElsesCheckNeedsAManagersPinWhichIsRecordedAsApprover() {
        OrderView check = espressoFor(clara);

        checks.handOver(check, carl);
        assertThat(prompts.askedFor()).as("cancelled at the PIN").containsExactly("Hand to employee");
        assertThat(service.order(check.order().id()).order().employeeId()).isEqualTo("emp-clara");

        prompts.pin("1111");
        checks.handOver(check, carl);
        assertThat(checks.messageProperty().get()).isEqualTo("moving Clara's check to Carl needs a manager's PIN");
        assertThat(service.order(check.order().id()).order().employeeId()).isEqualTo("emp-clara");

        prompts.pin("9999");
        checks.handOver(check, carl);
        assertThat(checks.messageProperty().get()).isEmpty();
        assertThat(service.order(check.order().id()).order().employeeId()).isEqualTo("emp-carl");
        assertThat(lastTransfer().approverId()).isEqualTo("emp-maria");
    }

    @Test
    void reprintNamesTheOrderAndRefusesAnUnpickedOne() {
        OrderView paid = paidEspresso();

        checks.reprint(null);
        assertThat(checks.messageProperty().get()).isEqualTo("Pick a paid order to reprint its receipt");

        checks.reprint(paid);
        assertThat(checks.messageProperty().get()).isEqualTo("Receipt of " + paid.order().number() + " printed again");
    }

    @Test
    void aRefundTakesAReasonAndAManagersPinThenSaysWhatWentBackOnWhichTender() {
        OrderView paid = paidEspresso();
        long rest = paid.totals().refundable();
        assertThat(rest).isPositive();
        checks.reload();

        prompts.pin("9999");
        checks.refund(checks.paidOrders().getFirst());

        assertThat(checks.messageProperty().get())
                .isEqualTo("Refunded " + money.format(rest) + " of " + paid.order().number() + " (cash)");
        OrderView after = service.order(paid.order().id());
        assertThat(after.totals().refundable()).isZero();
        assertThat(after.order().refunds()).singleElement().satisfies(r -> assertThat(r.approverId()).isEqualTo("emp-maria"));
        assertThat(checks.paidOrders()).singleElement()
                .satisfies(v -> assertThat(v.totals().refundable()).as("the history was read again").isZero());
    }
}

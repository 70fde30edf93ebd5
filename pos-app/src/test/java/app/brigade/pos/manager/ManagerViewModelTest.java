package app.brigade.pos.manager;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.catalog.Catalog;
import app.brigade.model.catalog.Employee;
import app.brigade.model.catalog.Item;
import app.brigade.model.event.CashMovement;
import app.brigade.model.event.CashMovementKind;
import app.brigade.model.event.OrderType;
import app.brigade.model.order.LineRequest;
import app.brigade.model.protocol.CatalogCodec;
import app.brigade.model.protocol.Event;
import app.brigade.pos.ScriptedPrompts;
import app.brigade.pos.print.NoPrinter;
import app.brigade.pos.service.PosService;
import app.brigade.pos.service.Text;
import app.brigade.store.api.Store;
import app.brigade.store.api.StoreOptions;
import app.brigade.store.query.OrderView;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.i18n.MoneyFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manager screen's model without the FX toolkit, on a real store with the demo restaurant: every
 * action takes a manager's PIN at that moment and records the manager as approver; a cashier's PIN or a
 * cancelled prompt does nothing; typed input is refused before any PIN is asked (callbacks on the calling
 * thread). The exports themselves are covered by {@code ManagerExportsTest} against the real workbooks.
 */
class ManagerViewModelTest {

    private static final Catalog DEMO = new CatalogCodec().demoRestaurant();

    @TempDir
    Path dir;

    private final ScriptedPrompts prompts = new ScriptedPrompts("till count");
    private final Employee carl = DEMO.employee("emp-carl").orElseThrow();
    private Store store;
    private PosService service;
    private MoneyFormat money;
    private Messages messages;

    /** Reports must not be reached when the input is refused first. */
    private final ManagerReports noReports = new ManagerReports() {
        @Override
        public Path defaultFolder() {
            return dir.resolve("exports");
        }

        @Override
        public Text exportX(Employee approver, Path folder) {
            throw new AssertionError("no X export expected");
        }

        @Override
        public Text closeDay(Employee cashier, Employee approver, Path folder) {
            throw new AssertionError("no Z close expected");
        }

        @Override
        public Text exportRange(Employee approver, LocalDate from, LocalDate to, boolean wholeStore, Path folder) {
            throw new AssertionError("no range export expected");
        }
    };

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private ManagerViewModel manager(Locale locale) {
        store = Store.open(StoreOptions.defaults(dir.resolve("store"), "pos-1", "A", DEMO.settings()));
        service = new PosService(store, DEMO, new NoPrinter(), System::currentTimeMillis);
        money = new MoneyFormat(locale, DEMO.settings().currency());
        messages = new Messages("app.brigade.pos.messages", locale);
        service.openShift(carl, 10_000);
        return new ManagerViewModel(service, UiExecutor.sameThread(), messages, money, prompts, () -> carl, noReports);
    }

    private List<Event> cashMovements() {
        return store.events().stream().filter(e -> e.payload() instanceof CashMovement).toList();
    }

    private OrderView paidSoup() {
        Item soup = DEMO.items().stream().filter(i -> i.name().equals("Tomato Soup")).findFirst().orElseThrow();
        OrderView check = service.openOrder(carl, OrderType.TAKEOUT, null, 0);
        check = service.addLine(carl, check, new LineRequest(soup.id(), 1, List.of(), 0, 0, ""));
        return service.payCash(carl, check.order().id(), check.totals().cashDue(), 0).order();
    }

    @Test
    void aNoSaleOpensTheDrawerOnlyWithAManagersPinAndRecordsTheManager() {
        ManagerViewModel manager = manager(Locale.US);

        manager.noSale();
        assertThat(cashMovements()).as("cancelled at the PIN").isEmpty();

        prompts.pin("1111");
        manager.noSale();
        assertThat(manager.messageProperty().get()).isEqualTo("opening the drawer without a sale needs a manager's PIN");
        assertThat(cashMovements()).isEmpty();

        prompts.pin("9999");
        manager.noSale();
        assertThat(manager.messageProperty().get()).isEqualTo("\u2713 No sale (open drawer)");
        assertThat(cashMovements()).singleElement().satisfies(e -> {
            assertThat(e.approverId()).isEqualTo("emp-maria");
            assertThat(((CashMovement) e.payload()).kind()).isEqualTo(CashMovementKind.NO_SALE);
            assertThat(((CashMovement) e.payload()).reason()).isEqualTo("till count");
        });
    }

    @Test
    void aPayOutReadsTheAmountInGermanRefusesABadOneBeforeThePinAndRecordsTheRest() {
        ManagerViewModel manager = manager(Locale.GERMANY);
        prompts.pin("9999");

        manager.cashMovement(CashMovementKind.PAY_OUT, "20.00");
        assertThat(manager.messageProperty().get()).isEqualTo("\u201e20.00\u201c ist kein Betrag (z. B. "
                + money.format(1250) + ")");
        // an English decimal point on a German terminal used to be read as thousands: 2.000,00 \u20ac
        assertThat(prompts.askedFor()).as("no PIN asked for a bad amount").isEmpty();

        manager.cashMovement(CashMovementKind.PAY_OUT, "20,00");
        assertThat(manager.messageProperty().get()).isEqualTo("\u2713 Entnahme " + money.format(2_000));
        assertThat(cashMovements()).singleElement().satisfies(e -> {
            CashMovement out = (CashMovement) e.payload();
            assertThat(out.kind()).isEqualTo(CashMovementKind.PAY_OUT);
            assertThat(out.amount()).isEqualTo(2_000);
            assertThat(e.approverId()).isEqualTo("emp-maria");
        });
    }

    @Test
    void theLastPaidOrderIsReprintedAndRefundedInCashWithTheManagerAsApprover() {
        ManagerViewModel manager = manager(Locale.US);
        manager.reprintLast();
        assertThat(manager.messageProperty().get()).isEqualTo("no paid order on this terminal yet");

        OrderView paid = paidSoup();
        manager.reprintLast();
        assertThat(manager.messageProperty().get()).isEqualTo("\u2713 Reprint last receipt " + paid.order().number());

        prompts.pin("9999");
        manager.refundLast("");
        long all = paid.totals().refundable();
        assertThat(manager.messageProperty().get())
                .isEqualTo("\u2713 Refund last order (cash) " + paid.order().number() + " " + money.format(all));
        OrderView after = service.order(paid.order().id());
        assertThat(after.totals().refundable()).isZero();
        assertThat(after.order().refunds()).singleElement().satisfies(r -> {
            assertThat(r.approverId()).isEqualTo("emp-maria");
            assertThat(r.refund().amount()).isEqualTo(all);
        });
    }

    @Test
    void anExportWithoutAFolderOrWithAReversedRangeIsRefusedBeforeAnyPinIsAsked() {
        ManagerViewModel manager = manager(Locale.US);
        prompts.pin("9999");

        manager.exportX("  ");
        assertThat(manager.messageProperty().get())
                .isEqualTo("Choose the folder the report goes to (type it or use Browse\u2026)");
        manager.zClose("");
        assertThat(manager.messageProperty().get()).startsWith("Choose the folder");
        LocalDate today = LocalDate.of(2026, 12, 7);
        manager.exportRange(dir.toString(), today, today.minusDays(1), false);
        assertThat(manager.messageProperty().get()).isEqualTo("Choose a 'from' date on or before the 'to' date");

        assertThat(prompts.askedFor()).isEmpty();
        assertThat(prompts.pinsLeft()).containsExactly("9999");
    }
}

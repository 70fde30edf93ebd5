package app.brigade.pos.payment;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.catalog.Catalog;
import app.brigade.model.catalog.Employee;
import app.brigade.model.catalog.Item;
import app.brigade.model.catalog.StoreSettings;
import app.brigade.model.catalog.TenderType;
import app.brigade.model.event.OrderType;
import app.brigade.model.order.LineRequest;
import app.brigade.model.order.Payment;
import app.brigade.model.protocol.CatalogCodec;
import app.brigade.pos.print.NoPrinter;
import app.brigade.pos.service.PosService;
import app.brigade.store.api.Store;
import app.brigade.store.api.StoreOptions;
import app.brigade.store.query.OrderView;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.i18n.MoneyFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pay screen's model without the FX toolkit, on a real store with the demo restaurant: cash with a tip
 * and change, cash rounding, a split tender card then cash, and typed input refused in the terminal's
 * language with nothing recorded (callbacks on the calling thread).
 */
class PaymentViewModelTest {

    private static final Catalog DEMO = new CatalogCodec().demoRestaurant();

    @TempDir
    Path dir;

    private Store store;
    private PosService service;
    private MoneyFormat money;
    private final List<OrderView> done = new ArrayList<>();
    private String orderId;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    /** A pay screen on a check holding one tomato soup (5.90 plus tax), in {@code locale}. */
    private PaymentViewModel payScreen(Catalog catalog, Locale locale) {
        store = Store.open(StoreOptions.defaults(dir.resolve("store"), "pos-1", "A", catalog.settings()));
        service = new PosService(store, catalog, new NoPrinter(), System::currentTimeMillis);
        money = new MoneyFormat(locale, catalog.settings().currency());
        Employee carl = catalog.employee("emp-carl").orElseThrow();
        service.openShift(carl, 10_000);
        Item soup = catalog.items().stream().filter(i -> i.name().equals("Tomato Soup")).findFirst().orElseThrow();
        OrderView check = service.openOrder(carl, OrderType.TAKEOUT, null, 0);
        check = service.addLine(carl, check, new LineRequest(soup.id(), 1, List.of(), 0, 0, ""));
        orderId = check.order().id();
        PaymentViewModel pay = new PaymentViewModel(service, UiExecutor.sameThread(),
                new Messages("app.brigade.pos.messages", locale), money);
        pay.employeeProperty().set(carl);
        pay.orderProperty().set(check);
        pay.setOnDone(done::add);
        return pay;
    }

    private List<Payment> payments() {
        return service.order(orderId).order().payments();
    }

    @Test
    void cashWithATipShowsTheChangeLargeAndClosesTheCheck() {
        PaymentViewModel pay = payScreen(DEMO, Locale.US);
        long due = pay.orderProperty().get().totals().due();
        assertThat(due).as("5.90 and tax, under 10.00").isBetween(590L, 999L);
        assertThat(pay.dueProperty().get()).isEqualTo("Due " + money.format(due));
        assertThat(pay.quickCash()).containsExactly(due, 1_000L, 2_000L, 5_000L, 10_000L);

        pay.tipProperty().set("1.00");
        pay.amountProperty().set("20.00");
        pay.payCash();

        assertThat(pay.changeProperty().get()).isEqualTo("Change " + money.format(2_000 - due - 100));
        assertThat(pay.messageProperty().get()).isEqualTo("Paid \u2014 receipt printed");
        assertThat(done).singleElement().satisfies(v -> assertThat(v.totals().settled()).isTrue());
        assertThat(payments()).singleElement().satisfies(p -> {
            assertThat(p.added().amount()).isEqualTo(due);
            assertThat(p.added().tip()).isEqualTo(100);
            assertThat(p.added().tendered()).isEqualTo(2_000);
            assertThat(p.added().change()).isEqualTo(2_000 - due - 100);
        });
        assertThat(pay.amountProperty().get()).as("the keypad is cleared for the next guest").isEmpty();
    }

    @Test
    void withCashRoundingTheScreenShowsBothAmountsAndTheRoundedCashSettlesTheCheck() {
        StoreSettings rounding = new StoreSettings(DEMO.settings().storeName(), DEMO.settings().address(),
                DEMO.settings().currency(), DEMO.settings().taxRounding(), DEMO.settings().roundingMode(), 20);
        Catalog twenties = new Catalog(DEMO.version(), rounding, DEMO.categories(), DEMO.items(), DEMO.modifierGroups(),
                DEMO.taxClasses(), DEMO.stations(), DEMO.employees(), DEMO.tables(), DEMO.tenders());
        PaymentViewModel pay = payScreen(twenties, Locale.US);
        long due = pay.orderProperty().get().totals().due();
        long cashDue = pay.orderProperty().get().totals().cashDue();
        assertThat(cashDue).as("the amount due to the nearest 0.20").isNotEqualTo(due).matches(c -> c % 20 == 0)
                .isBetween(due - 10, due + 10);

        assertThat(pay.dueProperty().get()).isEqualTo("Due " + money.format(due) + " (cash " + money.format(cashDue) + ")");
        assertThat(pay.quickCash()).first().isEqualTo(cashDue);

        pay.payCashExact(cashDue);

        assertThat(done).singleElement();
        assertThat(pay.changeProperty().get()).isEmpty();
        assertThat(payments()).singleElement().satisfies(p -> assertThat(p.added().amount()).isEqualTo(cashDue));
    }

    @Test
    void aSplitTenderTakesPartOnACardThenTheRestInCashAndKeepsNoCardNumber() {
        PaymentViewModel pay = payScreen(DEMO, Locale.US);
        long due = pay.orderProperty().get().totals().due();
        pay.amountProperty().set("3.00");
        pay.cardBrandProperty().set("VISA");
        pay.cardLast4Property().set("4242");
        pay.cardAuthProperty().set("AB12");
        pay.payCard();

        assertThat(done).as("the rest still due").isEmpty();
        assertThat(pay.dueProperty().get()).isEqualTo("Due " + money.format(due - 300));
        assertThat(pay.cardLast4Property().get()).as("card fields cleared after the payment").isEmpty();

        pay.payCash();

        assertThat(done).singleElement();
        assertThat(payments()).extracting(p -> p.added().tenderType(), p -> p.added().amount())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TenderType.CARD, 300L),
                        org.assertj.core.groups.Tuple.tuple(TenderType.CASH, due - 300));
        assertThat(payments().getFirst().added().card()).satisfies(c -> {
            assertThat(c.brand()).isEqualTo("VISA");
            assertThat(c.last4()).isEqualTo("4242");
            assertThat(c.authCode()).isEqualTo("AB12");
        });
    }

    @Test
    void typedInputIsRefusedInGermanByWhatIsWrongAndNothingIsRecorded() {
        PaymentViewModel pay = payScreen(DEMO, Locale.GERMANY);

        pay.cardBrandProperty().set("VISA");
        pay.cardLast4Property().set("4242");
        pay.cardAuthProperty().set("4111 1111 1111 1111");
        pay.payCard();
        assertThat(pay.messageProperty().get())
                .startsWith("Autorisierungscode: das sieht aus wie eine vollst\u00e4ndige Kartennummer");

        pay.amountProperty().set("12,5x");
        pay.payCash();
        assertThat(pay.messageProperty().get())
                .isEqualTo("\u201e12,5x\u201c ist kein Betrag (z. B. " + money.format(1250) + ")");

        pay.amountProperty().set("1,00");
        pay.tipProperty().set("2,00");
        pay.payCash();
        assertThat(pay.messageProperty().get()).isEqualTo("das gegebene Bargeld muss mehr sein als das Trinkgeld");

        assertThat(payments()).isEmpty();
        assertThat(done).isEmpty();
        assertThat(pay.dueProperty().get()).isEqualTo("Offen " + money.format(pay.orderProperty().get().totals().due()));
    }
}

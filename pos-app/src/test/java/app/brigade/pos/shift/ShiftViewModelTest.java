package app.brigade.pos.shift;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.catalog.Catalog;
import app.brigade.model.catalog.Employee;
import app.brigade.model.catalog.Item;
import app.brigade.model.catalog.StoreSettings;
import app.brigade.model.event.OrderType;
import app.brigade.model.order.LineRequest;
import app.brigade.model.protocol.CatalogCodec;
import app.brigade.pos.ScriptedPrompts;
import app.brigade.pos.print.NoPrinter;
import app.brigade.pos.service.PosService;
import app.brigade.store.api.Store;
import app.brigade.store.api.StoreOptions;
import app.brigade.store.query.OrderView;
import app.brigade.store.query.ShiftSummary;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.i18n.MoneyFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shift's model without the FX toolkit: open with a counted float, then the blind close counts by
 * the store currency's notes and coins, asks a manager's PIN and only then shows expected, counted and
 * over/short (real store, demo restaurant, callbacks on the calling thread).
 */
class ShiftViewModelTest {

    private static final Catalog EURO = new CatalogCodec().demoRestaurant();

    @TempDir
    Path dir;

    private final ScriptedPrompts prompts = new ScriptedPrompts("test");
    private final List<ShiftSummary> closed = new ArrayList<>();
    private Store store;
    private PosService service;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private ShiftViewModel model(Catalog catalog, Locale locale) {
        store = Store.open(StoreOptions.defaults(dir.resolve("store"), "pos-1", "A", catalog.settings()));
        service = new PosService(store, catalog, new NoPrinter(), System::currentTimeMillis);
        ShiftViewModel shift = new ShiftViewModel(service, UiExecutor.sameThread(),
                new Messages("app.brigade.pos.messages", locale),
                new MoneyFormat(locale, catalog.settings().currency()), prompts);
        shift.employeeProperty().set(catalog.employee("emp-carl").orElseThrow());
        return shift;
    }

    @Test
    void theBlindCloseShowsNothingUntilAManagerApprovesThenExpectedCountedAndShort() {
        ShiftViewModel shift = model(EURO, Locale.US);
        List<ShiftSummary> opened = new ArrayList<>();
        shift.openingFloatProperty().set("100.00");
        shift.openShift(opened::add);
        assertThat(opened).singleElement().satisfies(s -> assertThat(s.shift().openingFloat()).isEqualTo(10_000));

        Employee carl = EURO.employee("emp-carl").orElseThrow();
        OrderView check = service.openOrder(carl, OrderType.TAKEOUT, null, 0);
        Item espresso = EURO.items().stream().filter(i -> i.name().equals("Espresso")).findFirst().orElseThrow();
        check = service.addLine(carl, check, new LineRequest(espresso.id(), 1, List.of(), 0, 0, ""));
        long due = check.totals().cashDue();
        assertThat(due).as("an espresso costs more than the 50 cents counted on top of the float").isGreaterThan(50);
        service.payCash(carl, check.order().id(), due, 0);

        assertThat(shift.denominations()).startsWith(10_000L, 5_000L).endsWith(2L, 1L);
        shift.count(5_000).set("2");
        shift.count(50).set("1");

        shift.blindClose(closed::add);
        assertThat(closed).as("cancelled at the manager PIN: nothing closed").isEmpty();
        assertThat(shift.resultProperty().get()).isEmpty();

        prompts.pin("1111");
        shift.blindClose(closed::add);
        assertThat(closed).as("Carl is not a manager").isEmpty();
        assertThat(shift.messageProperty().get()).isEqualTo("closing the shift needs a manager's PIN");
        assertThat(shift.resultProperty().get()).as("no over/short before an approved close").isEmpty();

        prompts.pin("9999");
        shift.blindClose(closed::add);
        assertThat(closed).singleElement().satisfies(s -> {
            assertThat(s.shift().countedCash()).isEqualTo(10_050L);
            assertThat(s.shift().expectedCash()).isEqualTo(10_000 + due);
        });
        MoneyFormat money = new MoneyFormat(Locale.US, EURO.settings().currency());
        assertThat(shift.resultProperty().get()).isEqualTo("Expected " + money.format(10_000 + due) + " \u00b7 counted "
                + money.format(10_050) + " \u00b7 " + money.format(10_000 + due - 10_050) + " short");
        assertThat(shift.messageProperty().get()).isEmpty();
    }

    @Test
    void aCountThatIsNotAWholeNumberIsRefusedByNameBeforeAnyPinIsAsked() {
        ShiftViewModel shift = model(EURO, Locale.GERMANY);
        shift.openShift(s -> { });
        shift.count(2_000).set("2,5");
        prompts.pin("9999");

        shift.blindClose(closed::add);

        assertThat(closed).isEmpty();
        assertThat(prompts.pinsLeft()).as("the PIN was not asked for").containsExactly("9999");
        assertThat(shift.messageProperty().get()).contains("20,00").contains("2,5");
    }

    @Test
    void aDollarStoreCountsQuartersAndNoEuroCoins() {
        StoreSettings dollars = new StoreSettings(EURO.settings().storeName(), EURO.settings().address(),
                Currency.getInstance("USD"), EURO.settings().taxRounding(), EURO.settings().roundingMode(), 1);
        Catalog us = new Catalog(EURO.version(), dollars, EURO.categories(), EURO.items(), EURO.modifierGroups(),
                EURO.taxClasses(), EURO.stations(), EURO.employees(), EURO.tables(), EURO.tenders());
        ShiftViewModel shift = model(us, Locale.US);

        assertThat(shift.denominations()).contains(25L).doesNotContain(2L, 20L, 50L);
        assertThat(shift.label(25)).isEqualTo("$0.25");
    }

    @Test
    void aCurrencyWithoutAKnownSetGetsTheOneTwoFiveSeries() {
        assertThat(Denominations.of(Currency.getInstance("SEK")))
                .containsExactly(10_000L, 5_000L, 2_000L, 1_000L, 500L, 200L, 100L, 50L, 20L, 10L, 5L, 2L, 1L);
        assertThat(Denominations.of(Currency.getInstance("KRW")))
                .as("no minor unit: 1 won to 100 won").containsExactly(100L, 50L, 20L, 10L, 5L, 2L, 1L);
    }
}

package app.brigade.pos.login;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.catalog.Catalog;
import app.brigade.model.catalog.Employee;
import app.brigade.model.protocol.CatalogCodec;
import app.brigade.pos.print.NoPrinter;
import app.brigade.pos.service.PosService;
import app.brigade.store.api.Store;
import app.brigade.store.api.StoreOptions;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PIN pad's model without the FX toolkit: a real store and the demo restaurant's PINs (Carl 1111,
 * Maria 9999), the lockout on a clock the test moves, callbacks run on the calling thread.
 */
class LoginViewModelTest {

    private static final Catalog CATALOG = new CatalogCodec().demoRestaurant();

    @TempDir
    Path dir;

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final List<Employee> loggedIn = new ArrayList<>();
    private Store store;
    private LoginViewModel login;

    @BeforeEach
    void pad() {
        store = Store.open(StoreOptions.defaults(dir.resolve("store"), "pos-1", "A", CATALOG.settings()));
        PosService service = new PosService(store, CATALOG, new NoPrinter(), now::get);
        login = new LoginViewModel(service, UiExecutor.sameThread(),
                new Messages("app.brigade.pos.messages", Locale.US), new PinLockout(now::get), loggedIn::add);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theRightPinLogsTheEmployeeInAndClearsTheMessage() {
        login.submit(wrong("1112"));
        assertThat(login.messageProperty().get()).isEqualTo("Wrong PIN \u2014 4 tries left before the pad locks");

        login.submit("1111");

        assertThat(loggedIn).extracting(Employee::name).containsExactly("Carl");
        assertThat(login.messageProperty().get()).isEmpty();
        assertThat(login.lockedProperty().get()).isFalse();
    }

    @Test
    void anEmptyPinAsksForOneAndCountsNoTry() {
        login.submit("");
        assertThat(login.messageProperty().get()).isEqualTo("Enter your PIN");
        login.submit(wrong("0000"));
        assertThat(login.messageProperty().get()).contains("4 tries left");
        assertThat(loggedIn).isEmpty();
    }

    @Test
    void fiveWrongPinsLockThePadEvenAgainstTheRightPinUntilTheCountdownEnds() {
        for (int i = 0; i < 4; i++) {
            login.submit(wrong("000" + i));
        }
        assertThat(login.lockedProperty().get()).isFalse();
        login.submit(wrong("0004"));
        assertThat(login.lockedProperty().get()).isTrue();
        assertThat(login.messageProperty().get()).isEqualTo("Too many wrong PINs. Try again in 30 s.");

        now.addAndGet(10_000);
        login.submit("9999");
        assertThat(loggedIn).as("the right PIN during the lockout").isEmpty();
        assertThat(login.messageProperty().get()).isEqualTo("Too many wrong PINs. Try again in 20 s.");

        now.addAndGet(20_000);
        login.tick();
        assertThat(login.lockedProperty().get()).isFalse();
        assertThat(login.messageProperty().get()).isEqualTo("You can try again now");
        login.submit("9999");
        assertThat(loggedIn).extracting(Employee::name).containsExactly("Maria");
    }

    @Test
    void aSecondLockoutInARowLastsTwiceAsLongAndASuccessResetsIt() {
        lockOut();
        assertThat(login.messageProperty().get()).endsWith("in 30 s.");
        now.addAndGet(30_000);
        login.tick();
        lockOut();
        assertThat(login.messageProperty().get()).endsWith("in 60 s.");

        now.addAndGet(60_000);
        login.tick();
        login.submit("1111");
        assertThat(loggedIn).hasSize(1);
        lockOut();
        assertThat(login.messageProperty().get()).as("after a good login the next lockout starts again at 30 s")
                .endsWith("in 30 s.");
    }

    private void lockOut() {
        for (int i = 0; i < PinLockout.MAX_TRIES; i++) {
            login.submit(wrong("0000"));
        }
        assertThat(login.lockedProperty().get()).isTrue();
    }

    /** A PIN that is nobody's in the demo restaurant (checked, so the test cannot log a cook in by chance). */
    private static String wrong(String pin) {
        assertThat(CATALOG.employees()).as("employees with PIN %s", pin).noneMatch(e -> e.pin().matches(pin));
        return pin;
    }
}

package app.brigade.pos.login;

import app.brigade.model.catalog.Employee;
import app.brigade.pos.service.Permissions;
import app.brigade.pos.service.PosException;
import app.brigade.pos.service.Problems;
import app.brigade.pos.service.PosService;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** PIN login: checks the PIN off the FX thread, counts failures, locks the pad with a countdown. */
public final class LoginViewModel {

    private final PosService service;
    private final UiExecutor executor;
    private final Messages messages;
    private final PinLockout lockout;
    private final Consumer<Employee> onLogin;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);

    public LoginViewModel(PosService service, UiExecutor executor, Messages messages, PinLockout lockout,
            Consumer<Employee> onLogin) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.lockout = lockout;
        this.onLogin = onLogin;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public void submit(String pin) {
        if (lockout.locked()) {
            tick();
            return;
        }
        if (pin == null || pin.isEmpty()) {
            message.set(messages.get("login.enterPin"));
            return;
        }
        executor.run(() -> service.employeeByPin(pin), found -> {
            if (found.isEmpty()) {
                lockout.failed();
                message.set(lockout.locked() ? messages.format("login.locked", lockout.secondsLeft())
                        : messages.format("login.wrongPin", lockout.triesLeft()));
                locked.set(lockout.locked());
                return;
            }
            try {
                Permissions.requireTillUser(found.get());
            } catch (PosException e) {
                message.set(Problems.describe(e, messages, "login.failed"));
                return;
            }
            lockout.succeeded();
            message.set("");
            onLogin.accept(found.get());
        }, error -> message.set(messages.get("login.failed")));
    }

    /** Called every second by the view's timeline while locked: updates the countdown and unlocks. */
    public void tick() {
        if (lockout.locked()) {
            locked.set(true);
            message.set(messages.format("login.locked", lockout.secondsLeft()));
        } else if (locked.get()) {
            locked.set(false);
            message.set(messages.get("login.unlocked"));
        }
    }
}

package app.brigade.pos.app;

import app.brigade.model.catalog.Employee;
import app.brigade.pos.checks.ChecksScreen;
import app.brigade.pos.checks.ChecksViewModel;
import app.brigade.pos.login.LoginView;
import app.brigade.pos.login.LoginViewModel;
import app.brigade.pos.login.PinLockout;
import app.brigade.pos.manager.ManagerScreen;
import app.brigade.pos.manager.ManagerViewModel;
import app.brigade.pos.order.OrderScreen;
import app.brigade.pos.order.OrderViewModel;
import app.brigade.pos.order.Prompts;
import app.brigade.pos.payment.PaymentScreen;
import app.brigade.pos.payment.PaymentViewModel;
import app.brigade.pos.service.PosService;
import app.brigade.pos.shift.ShiftScreens;
import app.brigade.pos.shift.ShiftViewModel;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.i18n.MoneyFormat;
import app.brigade.ui.status.StatusBar;
import app.brigade.ui.status.StatusBarModel;
import app.brigade.pos.manager.ManagerReports;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;

/** The POS window's root: one screen at a time above the status bar, and the navigation between them. */
public final class PosShell extends BorderPane {

    private final PosService service;
    private final UiExecutor executor;
    private final Messages messages;
    private final MoneyFormat money;
    private final StatusBarModel status;
    private final Prompts prompts;
    private final ManagerReports reports;
    private final LoginViewModel login;
    private final OrderViewModel order;
    private final PaymentViewModel payment;
    private final ShiftViewModel shift;
    private Employee employee;

    public PosShell(PosService service, UiExecutor executor, Messages messages, MoneyFormat money,
            StatusBarModel status, Prompts prompts, PinLockout lockout, ManagerReports reports) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.money = money;
        this.status = status;
        this.prompts = prompts;
        this.reports = reports;
        setId("pos-shell");
        this.login = new LoginViewModel(service, executor, messages, lockout, this::loggedIn);
        this.order = new OrderViewModel(service, executor, messages, money, prompts);
        this.payment = new PaymentViewModel(service, executor, messages, money);
        this.shift = new ShiftViewModel(service, executor, messages, money, prompts);
        payment.setOnDone(v -> order.refresh(v));
        setBottom(new StatusBar(status, messages));
        showLogin();
    }

    public OrderViewModel orderViewModel() {
        return order;
    }

    public void showLogin() {
        employee = null;
        status.employeeProperty().set("");
        order.clear();
        show(new LoginView(login, messages, service.catalog().settings().storeName()));
    }

    private void loggedIn(Employee e) {
        employee = e;
        status.employeeProperty().set(e.name());
        order.employeeProperty().set(e);
        payment.employeeProperty().set(e);
        shift.employeeProperty().set(e);
        executor.run(service::currentShift, s -> {
            if (s.isPresent()) {
                resumeLatestCheck(e);
                showOrder();
            } else {
                show(ShiftScreens.open(shift, messages, opened -> showOrder()));
            }
        }, err -> showOrder());
    }

    /** After a login (also after a restart) the employee's newest open check is back on screen. */
    private void resumeLatestCheck(Employee e) {
        executor.run(service::openOrders, open -> open.stream()
                .filter(o -> e.id().equals(o.order().employeeId()))
                .reduce((first, second) -> second)
                .ifPresent(o -> order.resume(o.order().id())), err -> { });
    }

    public void showOrder() {
        show(new OrderScreen(order, messages, service.catalog().tables(), new OrderScreen.Navigation() {
            @Override
            public void pay() {
                if (order.currentProperty().get() != null) {
                    payment.orderProperty().set(order.currentProperty().get());
                    show(new PaymentScreen(payment, messages, PosShell.this::backFromPayment));
                }
            }

            @Override
            public void checks() {
                show(new ChecksScreen(new ChecksViewModel(service, executor, messages, money, prompts, () -> employee),
                        messages, id -> {
                    order.resume(id);
                    showOrder();
                }, PosShell.this::showOrder));
            }

            @Override
            public void manager() {
                show(new ManagerScreen(new ManagerViewModel(service, executor, messages, money, prompts,
                        () -> employee, reports), messages,
                        () -> show(ShiftScreens.close(shift, messages, PosShell.this::showLogin)),
                        PosShell.this::showOrder));
            }

            @Override
            public void logout() {
                showLogin();
            }
        }));
    }

    private void backFromPayment() {
        if (payment.orderProperty().get() != null) {
            order.refresh(payment.orderProperty().get());
        }
        showOrder();
    }

    private void show(Node screen) {
        setCenter(screen);
    }
}

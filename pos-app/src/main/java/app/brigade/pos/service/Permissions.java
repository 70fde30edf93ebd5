package app.brigade.pos.service;

import app.brigade.model.catalog.Employee;
import app.brigade.model.catalog.Role;

/** Who may do what at the till; checked in the service layer, not only by hiding buttons. */
public final class Permissions {

    private Permissions() {
    }

    public static void requireTillUser(Employee e) {
        if (e.role() == Role.COOK) {
            throw new PosException(e.name() + " is kitchen staff; the POS is for cashiers, servers and managers");
        }
        if (!e.active()) {
            throw new PosException(e.name() + " is no longer active; ask a manager");
        }
    }

    public static void requireManager(Employee approver, String action) {
        if (approver == null || !approver.role().canApprove()) {
            throw new PosException(action + " needs a manager's PIN");
        }
    }
}

package app.brigade.pos.service;

import app.brigade.model.catalog.Employee;
import app.brigade.model.catalog.Role;

/** Who may do what at the till; checked in the service layer, not only by hiding buttons. */
public final class Permissions {

    private Permissions() {
    }

    public static void requireTillUser(Employee e) {
        if (e.role() == Role.COOK) {
            throw new PosException("error.kitchenStaff", e.name());
        }
        if (!e.active()) {
            throw new PosException("error.inactive", e.name());
        }
    }

    public static void requireManager(Employee approver, Text action) {
        if (approver == null || !approver.role().canApprove()) {
            throw new PosException("error.needsManager", action);
        }
    }
}

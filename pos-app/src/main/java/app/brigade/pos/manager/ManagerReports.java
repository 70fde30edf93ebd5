package app.brigade.pos.manager;

import app.brigade.model.catalog.Employee;

/** The manager's report actions; blocking, called through the UI executor. */
public interface ManagerReports {

    /** Exports the open shift's X report; returns where it went. */
    String exportX(Employee approver);

    /** Closes the business day with a numbered Z (once per day); returns what was done. */
    String closeDay(Employee cashier, Employee approver);
}

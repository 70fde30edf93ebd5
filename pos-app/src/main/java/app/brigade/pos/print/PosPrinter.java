package app.brigade.pos.print;

import app.brigade.model.event.OrderFired;
import app.brigade.store.query.OrderView;

/**
 * What the POS asks of its printers. Implementations queue durably and return at once; they never
 * block the caller on the device (DESIGN §4).
 */
public interface PosPrinter {

    /** Prints the customer receipt; {@code reprint} marks a copy. */
    void receipt(OrderView order, boolean reprint);

    /** Prints a kitchen chit per station for a kitchen send (when kitchen printers are configured). */
    void kitchen(OrderFired fired);

    /** Opens the cash drawer to take or give cash for an order. */
    void openDrawerForSale(String orderId);

    /** Opens the cash drawer without a sale; {@code reason} is required and audited with the employee. */
    void openDrawerNoSale(String reason, String employeeId);

    /** Prints an X or Z slip with the report's totals ({@code z} for the day close). */
    void slip(app.brigade.reports.model.ReportData report, boolean z, String printedBy);

    /** A short state for the status bar in the cashier's language, e.g. "Printer ready" or "Printer: paper out". */
    String status(app.brigade.ui.i18n.Messages messages);

    boolean healthy();
}

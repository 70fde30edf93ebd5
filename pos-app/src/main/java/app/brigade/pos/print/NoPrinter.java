package app.brigade.pos.print;

import app.brigade.model.event.OrderFired;
import app.brigade.store.query.OrderView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The terminal has no printer configured ({@code printer.type=none}): receipts and drawer opens are logged. */
public final class NoPrinter implements PosPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(NoPrinter.class);

    @Override
    public void receipt(OrderView order, boolean reprint) {
        LOG.info("no receipt printer configured; receipt for {} not printed", order.order().number());
    }

    @Override
    public void kitchen(OrderFired fired) {
        LOG.debug("no kitchen printer configured; {} ticket(s) go to the KDS only", fired.tickets().size());
    }

    @Override
    public void openDrawerForSale(String orderId) {
        LOG.info("no cash drawer configured (sale {})", orderId);
    }

    @Override
    public void openDrawerNoSale(String reason, String employeeId) {
        LOG.info("no cash drawer configured (no-sale by {}: {})", employeeId, reason);
    }

    @Override
    public void slip(app.brigade.reports.model.ReportData report, boolean z, String printedBy) {
        LOG.info("no receipt printer configured; {} slip not printed", z ? "Z" : "X");
    }

    @Override
    public String status(app.brigade.ui.i18n.Messages messages) {
        return messages.get("printer.none");
    }

    @Override
    public boolean healthy() {
        return true;
    }
}

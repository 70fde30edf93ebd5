package app.brigade.devices.drawer;

import app.brigade.devices.escpos.DrawerPin;
import app.brigade.devices.printer.JobTicket;
import app.brigade.devices.printer.PrintRequest;
import app.brigade.devices.printer.PrinterQueue;
import app.brigade.devices.printer.PrinterState;
import app.brigade.devices.receipt.Block;
import app.brigade.devices.receipt.ReceiptDocument;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A cash drawer wired to a receipt printer: opens with an {@code ESC p} pulse through the printer's
 * queue and reads the drawer switch from {@code DLE EOT 1}. Every opening is tied to a sale or a
 * no-sale reason and audited.
 */
public final class CashDrawer {

    private final String drawerId;
    private final String role;
    private final Block.DrawerPulse pulse;
    private final PrinterQueue queue;
    private final DrawerAudit audit;
    private final Clock clock;

    /**
     * A drawer on the printer serving {@code role}, kicked on {@code pin} for {@code onMillis} /
     * {@code offMillis} (2..510 ms; drawers commonly want 100-200 ms on).
     */
    public CashDrawer(String drawerId, String role, DrawerPin pin, int onMillis, int offMillis, PrinterQueue queue,
                      DrawerAudit audit, Clock clock) {
        this.drawerId = Objects.requireNonNull(drawerId, "drawerId");
        this.role = Objects.requireNonNull(role, "role");
        this.pulse = new Block.DrawerPulse(pin, onMillis, offMillis);
        this.queue = Objects.requireNonNull(queue, "queue");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        queue.printerFor(role); // fails fast when the role has no printer
    }

    /** Audits the opening and queues the pulse; returns at once with the job's ticket. */
    public JobTicket open(DrawerOpenReason reason) {
        Objects.requireNonNull(reason, "reason");
        String title = switch (reason) {
            case DrawerOpenReason.Sale sale -> "Drawer " + drawerId + " for order " + sale.orderId();
            case DrawerOpenReason.NoSale noSale -> "Drawer " + drawerId + " no-sale: " + noSale.reason();
        };
        ReceiptDocument document = ReceiptDocument.builder().add(pulse).build();
        JobTicket ticket = queue.submit(new PrintRequest(role, title, document));
        audit.opened(new DrawerOpening(clock.instant(), drawerId, reason, ticket.jobId()));
        return ticket;
    }

    /** Asks the printer for the drawer switch; UNKNOWN when the printer does not answer. */
    public CompletableFuture<DrawerState> state() {
        return queue.queryStatus(queue.printerFor(role)).thenApply(status -> {
            if (status.state() == PrinterState.OFFLINE || status.state() == PrinterState.UNKNOWN) {
                return DrawerState.UNKNOWN;
            }
            return status.drawerOpen() ? DrawerState.OPEN : DrawerState.CLOSED;
        });
    }
}

package app.brigade.pos.print;

import app.brigade.devices.drawer.CashDrawer;
import app.brigade.devices.drawer.DrawerOpenReason;
import app.brigade.devices.escpos.CodePage;
import app.brigade.devices.escpos.DrawerPin;
import app.brigade.devices.link.LinkConfig;
import app.brigade.devices.link.SerialSettings;
import app.brigade.devices.link.TcpSettings;
import app.brigade.devices.printer.JobStore;
import app.brigade.devices.printer.PrintRequest;
import app.brigade.devices.printer.PrinterQueue;
import app.brigade.devices.printer.PrinterRoute;
import app.brigade.devices.printer.PrinterSettings;
import app.brigade.devices.printer.PrinterState;
import app.brigade.devices.printer.PrinterStatusEvent;
import app.brigade.devices.receipt.AmountFormat;
import app.brigade.devices.receipt.LayoutStyle;
import app.brigade.devices.receipt.ReceiptContext;
import app.brigade.devices.receipt.ReceiptDocument;
import app.brigade.devices.receipt.ReceiptLayouts;
import app.brigade.devices.receipt.ShiftSlip;
import app.brigade.devices.receipt.ShiftSlipLayout;
import app.brigade.devices.receipt.StoreHeader;
import app.brigade.devices.receipt.TaxLine;
import app.brigade.reports.model.ReportData;
import app.brigade.model.catalog.Catalog;
import app.brigade.model.catalog.DiningTable;
import app.brigade.model.catalog.Employee;
import app.brigade.model.catalog.Station;
import app.brigade.model.event.OrderFired;
import app.brigade.pos.app.PosConfig;
import app.brigade.store.query.OrderView;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The POS printer on the devices module: ESC/POS layouts from the domain, a durable job queue on
 * its own thread per printer (serial or TCP), and the cash drawer pulsed through the printer.
 * Every call queues and returns at once; the status bar follows the printer's status events.
 */
public final class DevicePrinter implements PosPrinter, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DevicePrinter.class);
    private static final String RECEIPT = "receipt";
    private static final String KITCHEN = "kitchen";

    private final PrinterQueue queue;
    private final CashDrawer drawer;
    private final ReceiptLayouts layouts;
    private final Catalog catalog;
    private final ZoneId zone = ZoneId.systemDefault();
    private final AtomicReference<PrinterStatusEvent> last = new AtomicReference<>();
    private final StoreHeader header;
    private final ShiftSlipLayout slipLayout;

    private DevicePrinter(PrinterQueue queue, CashDrawer drawer, ReceiptLayouts layouts, Catalog catalog,
            StoreHeader header, ShiftSlipLayout slipLayout) {
        this.queue = queue;
        this.drawer = drawer;
        this.layouts = layouts;
        this.catalog = catalog;
        this.header = header;
        this.slipLayout = slipLayout;
        queue.addStatusListener(last::set); // hears the current status first, then each change
    }

    public static DevicePrinter open(PosConfig config, Catalog catalog) {
        LinkConfig link = switch (config.printerType()) {
            case SERIAL -> SerialSettings.of(config.printerPort(), config.printerBaud());
            case TCP -> {
                int colon = config.printerPort().lastIndexOf(':');
                yield TcpSettings.of(config.printerPort().substring(0, colon),
                        Integer.parseInt(config.printerPort().substring(colon + 1)));
            }
            case NONE -> throw new IllegalArgumentException("printer.type=none has no device");
        };
        PrinterSettings settings = PrinterSettings.of("receipt-1", "Receipt printer", link)
                .withPaper(config.printerColumns(), CodePage.parse(config.printerCodePage()));
        PrinterQueue queue = PrinterQueue.start(new JobStore(config.dataDir().resolve("print-jobs")),
                List.of(settings), List.of(PrinterRoute.of(RECEIPT, settings.id()),
                        PrinterRoute.of(KITCHEN, settings.id())));
        CashDrawer drawer = new CashDrawer("drawer-1", RECEIPT, config.drawerPin() == 5 ? DrawerPin.PIN_5 : DrawerPin.PIN_2,
                100, 200, queue, opening -> LOG.info("drawer opened: {}", opening), Clock.systemDefaultZone());
        var s = catalog.settings();
        StoreHeader header = new StoreHeader(s.storeName(), s.address().isBlank() ? List.of() : List.of(s.address()),
                "");
        LayoutStyle style = LayoutStyle.of(new AmountFormat(s.currency(), config.locale()));
        ReceiptLayouts layouts = new ReceiptLayouts(header, style, "Tax", ZoneId.systemDefault());
        return new DevicePrinter(queue, drawer, layouts, catalog, header, new ShiftSlipLayout(style));
    }

    @Override
    public void receipt(OrderView view, boolean reprint) {
        var o = view.order();
        String server = catalog.employee(o.employeeId()).map(Employee::name).orElse("");
        String table = o.tableId() == null ? "" : catalog.tables().stream().filter(t -> t.id().equals(o.tableId()))
                .map(DiningTable::name).findFirst().orElse("");
        ReceiptDocument doc = layouts.customerReceipt(o, view.totals(),
                new ReceiptContext(LocalDateTime.now(zone), server, table, List.of("Thank you!")));
        if (reprint) {
            // a copy must never pass for the original: it says so above the header
            doc = doc.withPrefix(List.of(ReceiptDocument.reprintBanner()));
        }
        queue.submit(new PrintRequest(RECEIPT, (reprint ? "Reprint " : "Receipt ") + o.number(), doc));
    }

    @Override
    public void kitchen(OrderFired fired) {
        for (ReceiptDocument chit : layouts.kitchenChits(fired, id -> catalog.station(id).map(Station::name).orElse(id))) {
            queue.submit(new PrintRequest(KITCHEN, "Kitchen " + fired.orderNumber(), chit));
        }
    }

    @Override
    public void slip(ReportData r, boolean z, String printedBy) {
        ZoneId zone = r.period().zone();
        ShiftSlip slip = new ShiftSlip(z ? ShiftSlip.Kind.Z : ShiftSlip.Kind.X, header, r.terminal(),
                (z ? "Z #" + r.zNumber() + " " : "") + r.period().label(),
                LocalDateTime.ofInstant(r.period().from(), zone), LocalDateTime.ofInstant(r.period().to(), zone),
                printedBy, (int) r.orders(), r.gross(), r.discounts(),
                r.voidsBeforeFireAmount() + r.voidsAfterFireAmount(), r.refunds(), r.net(),
                r.taxes().stream().map(t -> new TaxLine(AmountFormat.rate(t.rateBp()), t.rateBp(), t.base(), t.tax(),
                        t.inclusive())).toList(), r.tips(),
                r.tenders().stream().map(t -> new ShiftSlip.TenderTotal(t.tender(), (int) t.count(),
                        t.amount() - t.refunded())).toList(),
                r.cashExpected(), r.shifts().stream().anyMatch(s -> s.counted() != null) ? r.cashCounted() : null);
        queue.submit(new PrintRequest(RECEIPT, (z ? "Z" : "X") + " slip", slipLayout.layout(slip)));
    }

    @Override
    public void openDrawerForSale(String orderId) {
        drawer.open(new DrawerOpenReason.Sale(orderId));
    }

    @Override
    public void openDrawerNoSale(String reason, String employeeId) {
        drawer.open(new DrawerOpenReason.NoSale(reason, employeeId));
    }

    @Override
    public String status(app.brigade.ui.i18n.Messages messages) {
        PrinterStatusEvent e = last.get();
        String state = messages.get("printer." + (e == null ? PrinterState.UNKNOWN : e.state()).name());
        // The detail is the device's own words (e.g. "connection refused"): shown when the state alone does
        // not say what to fix; "paper out" and "cover open" do.
        boolean explain = e != null && (e.state() == PrinterState.ERROR || e.state() == PrinterState.OFFLINE)
                && e.detail() != null && !e.detail().isBlank();
        return explain ? messages.format("printer.withDetail", state, e.detail()) : state;
    }

    @Override
    public boolean healthy() {
        PrinterStatusEvent e = last.get();
        return e != null && e.state().canPrint();
    }

    /**
     * Lets the status bar follow the printer: the listener hears its current status first, then each change,
     * always after {@link #status} and {@link #healthy} already say so (listeners run in the order they were
     * added, on the printer's one device thread, and this printer's own listener came first).
     */
    public void onStatus(java.util.function.Consumer<PrinterStatusEvent> listener) {
        queue.addStatusListener(listener::accept);
    }

    @Override
    public void close() {
        queue.close();
    }
}

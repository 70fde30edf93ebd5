package app.brigade.reports.excel;

import app.brigade.reports.excel.SheetWriter.Column;
import app.brigade.reports.excel.SheetWriter.Kind;
import app.brigade.reports.model.ReportData;
import app.brigade.reports.model.Rows;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * Writes a {@link ReportData} as an .xlsx workbook with Apache POI's streaming SXSSF, so even a
 * range with hundreds of thousands of lines keeps a small, bounded heap (only a window of rows is
 * in memory; the rest goes to a temp file that POI deletes on close).
 */
public final class ReportWorkbook {

    public static final List<String> SHEETS = List.of("Summary", "Items", "Categories", "Hours", "Employees",
            "Payments", "Voids & Discounts", "Cash Drawer", "Order Lines");
    private static final int ROW_WINDOW = 200;

    private final Locale locale;

    public ReportWorkbook(Locale locale) {
        this.locale = locale;
    }

    public void write(ReportData data, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new FastZipWorkbook(ROW_WINDOW);
        // Temp-file compression would halve the disk used while writing but doubles the time.
        wb.setCompressTempFiles(false);
        try {
            Styles styles = new Styles(wb, data.currency(), locale);
            int digits = Math.max(data.currency().getDefaultFractionDigits(), 0);
            properties(wb, data);
            summary(writer(wb, "Summary", styles, digits, data), data, styles);
            sales(writer(wb, "Items", styles, digits, data), "Item", data.items());
            sales(writer(wb, "Categories", styles, digits, data), "Category", data.categories());
            hours(wb, writer(wb, "Hours", styles, digits, data), data.hours(), digits);
            sales(writer(wb, "Employees", styles, digits, data), "Employee", data.employees());
            payments(writer(wb, "Payments", styles, digits, data), data);
            voidsAndDiscounts(writer(wb, "Voids & Discounts", styles, digits, data), data);
            cashDrawer(writer(wb, "Cash Drawer", styles, digits, data), data);
            lines(writer(wb, "Order Lines", styles, digits, data), data.lines());
            wb.write(out);
        } finally {
            wb.close();
        }
    }

    private static SheetWriter writer(SXSSFWorkbook wb, String name, Styles styles, int digits, ReportData data) {
        return new SheetWriter(wb.createSheet(name), styles, digits, data.period().zone());
    }

    private static void properties(SXSSFWorkbook wb, ReportData data) {
        POIXMLProperties props = wb.getXSSFWorkbook().getProperties();
        String period = data.period().kind() + " " + data.period().label();
        props.getCoreProperties().setTitle(data.storeName() + " — " + period);
        props.getCoreProperties().setCreator("Brigade");
        props.getCoreProperties().setSubjectProperty("Sales report " + period);
        POIXMLProperties.CustomProperties custom = props.getCustomProperties();
        custom.addProperty("Store", data.storeName());
        custom.addProperty("Terminal", data.terminal());
        custom.addProperty("Period", period);
        custom.addProperty("Period start", data.period().from().toString());
        custom.addProperty("Period end", data.period().to().toString());
        custom.addProperty("Generated at", data.generatedAt().toString());
    }

    private void summary(SheetWriter s, ReportData d, Styles st) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", locale).withZone(d.period().zone());
        s.header(new Column("Figure", Kind.TEXT, 34), new Column("Value", Kind.MONEY, 18),
                new Column("Notes", Kind.TEXT, 40));
        s.pair("Store", d.storeName(), null);
        s.pair("Terminal", d.terminal(), null);
        s.pair("Report", switch (d.period().kind()) {
            case X -> "X report (shift, nothing closed)";
            case Z -> "Z report #" + d.zNumber() + " (business day closed)";
            case RANGE -> "Range report";
        }, null);
        s.pair("Period", f.format(d.period().from()) + " – " + f.format(d.period().to()), null);
        s.pair("Generated", f.format(d.generatedAt()), null);
        if (d.noSales()) {
            s.pair("Result", "No sales in this period", null);
        }
        s.blank();
        s.pair("Orders", d.orders(), st.integer);
        s.pair("Guests", d.guests(), st.integer);
        s.pair("Average check", d.averageCheck(), st.money);
        s.pair("Gross sales", d.gross(), st.money);
        s.pair("Discounts", d.discounts(), st.money);
        s.pair("Refunds", d.refunds(), st.money);
        s.pair("Net sales", d.net(), st.moneyBold);
        s.pair("Tax added (exclusive)", d.exclusiveTax(), st.money);
        s.pair("Tax included (inclusive)", d.inclusiveTax(), st.money);
        s.pair("Tips", d.tips(), st.money);
        s.pair("Voids before kitchen send (count)", d.voidsBeforeFireCount(), st.integer);
        s.pair("Voids before kitchen send", d.voidsBeforeFireAmount(), st.money);
        s.pair("Voids after kitchen send (count)", d.voidsAfterFireCount(), st.integer);
        s.pair("Voids after kitchen send", d.voidsAfterFireAmount(), st.money);
        s.pair("Voided orders", d.voidedOrders(), st.integer);
        s.pair("Cash expected", d.cashExpected(), st.money);
        s.pair("Cash counted", d.cashCounted(), st.money);
        s.pair("Over / short", d.overShort(), st.moneyBold);
        s.blank();
        s.pair("Tax by rate", null, null);
        for (Rows.Tax t : d.taxes()) {
            s.pair(String.format(locale, "%.2f%% %s — on %s", t.rateBp() / 100.0, t.inclusive() ? "included" : "added",
                    money(t.base(), d)), t.tax(), st.money);
        }
        s.blank();
        s.pair("Tenders", null, null);
        for (Rows.Tender t : d.tenders()) {
            s.pair(t.tender() + " (" + t.count() + ")", t.amount() - t.refunded(), st.money);
        }
        s.finish();
        s.blank();
        // a table of its own below the figures, so orders, gross and net of each type are numbers too
        salesTable(s, "Order type", d.orderTypes());
    }

    private static String money(long minor, ReportData d) {
        return java.math.BigDecimal.valueOf(minor, Math.max(d.currency().getDefaultFractionDigits(), 0))
                .toPlainString();
    }

    private static void sales(SheetWriter s, String what, List<Rows.Sales> rows) {
        salesTable(s, what, rows);
        s.finish();
    }

    private static void salesTable(SheetWriter s, String what, List<Rows.Sales> rows) {
        s.header(new Column(what, Kind.TEXT, 30), new Column("Quantity", Kind.INT), new Column("Orders", Kind.INT),
                new Column("Gross", Kind.MONEY), new Column("Discounts", Kind.MONEY), new Column("Net", Kind.MONEY));
        for (Rows.Sales r : rows) {
            s.row(r.name(), r.quantity(), r.orders(), r.gross(), r.discounts(), r.net());
        }
    }

    private static void hours(SXSSFWorkbook wb, SheetWriter s, List<Rows.Sales> rows, int digits) {
        sales(s, "Hour", rows);
        if (rows.isEmpty()) {
            return;
        }
        SXSSFSheet sheet = (SXSSFSheet) s.sheet();
        // SXSSF has no chart API; the chart lives in the sheet's drawing part of the backing XSSF sheet.
        XSSFDrawing drawing = wb.getXSSFWorkbook().getSheet(sheet.getSheetName()).createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 7, 1, 19, 22));
        chart.setTitleText("Net sales by hour");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle("Hour");
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle("Net sales");
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        String[] labels = rows.stream().map(Rows.Sales::name).toArray(String[]::new);
        Double[] values = rows.stream()
                .map(r -> java.math.BigDecimal.valueOf(r.net(), digits).doubleValue()).toArray(Double[]::new);
        String name = "'" + sheet.getSheetName() + "'!";
        var categories = XDDFDataSourcesFactory.fromArray(labels,
                name + new CellRangeAddress(1, rows.size(), 0, 0).formatAsString());
        var netValues = XDDFDataSourcesFactory.fromArray(values,
                name + new CellRangeAddress(1, rows.size(), 5, 5).formatAsString());
        XDDFBarChartData bar = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        bar.setBarDirection(BarDirection.COL);
        bar.setVaryColors(false);
        bar.addSeries(categories, netValues).setTitle("Net sales", null);
        chart.plot(bar);
    }

    private static void payments(SheetWriter s, ReportData d) {
        s.header(new Column("Time", Kind.DATE), new Column("Order", Kind.TEXT, 10), new Column("Tender", Kind.TEXT, 10),
                new Column("Amount", Kind.MONEY), new Column("Tip", Kind.MONEY), new Column("Tendered", Kind.MONEY),
                new Column("Change", Kind.MONEY), new Column("Card", Kind.TEXT, 30),
                new Column("Employee", Kind.TEXT));
        for (Rows.Payment p : d.payments()) {
            s.row(p.at(), p.orderNumber(), p.tender(), p.amount(), p.tip(), p.tendered(), p.change(), p.card(),
                    p.employee());
        }
        s.finish();
    }

    private static void voidsAndDiscounts(SheetWriter s, ReportData d) {
        s.header(new Column("Time", Kind.DATE), new Column("Order", Kind.TEXT, 10), new Column("Type", Kind.TEXT, 24),
                new Column("Item / scope", Kind.TEXT, 26), new Column("Quantity", Kind.INT),
                new Column("Amount", Kind.MONEY), new Column("Reason", Kind.TEXT, 26),
                new Column("Approved by", Kind.TEXT));
        for (Rows.Void v : d.voidRows()) {
            s.row(v.at(), v.orderNumber(), v.afterFire() ? "Void after kitchen send" : "Void before kitchen send",
                    v.item(), v.quantity(), v.amount(), v.reason(), v.approver());
        }
        for (Rows.Discount x : d.discountRows()) {
            s.row(x.at(), x.orderNumber(), "Discount", x.scope(), null, x.amount(), x.reason(), x.approver());
        }
        for (Rows.Refund r : d.refundRows()) {
            s.row(r.at(), r.orderNumber(), "Refund (" + r.tender() + ")", "", null, r.amount(), r.reason(),
                    r.approver());
        }
        s.finish();
        s.blank();
        discountTotals(s, "Discounts by reason", d.discountsByReason());
        s.blank();
        discountTotals(s, "Discounts by approver", d.discountsByApprover());
    }

    private static void discountTotals(SheetWriter s, String title, List<Rows.DiscountTotal> totals) {
        s.header(new Column(title, Kind.TEXT), new Column("Count", Kind.INT), new Column("Amount", Kind.MONEY));
        for (Rows.DiscountTotal t : totals) {
            s.row(t.name().isEmpty() ? "(none)" : t.name(), t.count(), t.amount());
        }
    }

    private static void cashDrawer(SheetWriter s, ReportData d) {
        s.header(new Column("Shift", Kind.TEXT, 16), new Column("Employee", Kind.TEXT), new Column("Opened", Kind.DATE),
                new Column("Closed", Kind.DATE), new Column("Opening float", Kind.MONEY),
                new Column("Cash sales", Kind.MONEY), new Column("Cash refunds", Kind.MONEY),
                new Column("Pay-ins", Kind.MONEY), new Column("Pay-outs", Kind.MONEY), new Column("Drops", Kind.MONEY),
                new Column("Expected", Kind.MONEY), new Column("Counted", Kind.MONEY),
                new Column("Over / short", Kind.MONEY));
        for (Rows.ShiftCash c : d.shifts()) {
            s.row(c.shiftId(), c.employee(), c.openedAt(), c.closedAt(), c.openingFloat(), c.cashSales(),
                    c.cashRefunds(), c.payIns(), c.payOuts(), c.drops(), c.expected(), c.counted(), c.overShort());
        }
        s.finish();
        s.blank();
        s.header(new Column("Time", Kind.DATE), new Column("Shift", Kind.TEXT, 16), new Column("Activity", Kind.TEXT),
                new Column("Amount", Kind.MONEY), new Column("Reason", Kind.TEXT, 30), new Column("Employee", Kind.TEXT),
                new Column("Approved by", Kind.TEXT));
        for (Rows.Drawer r : d.drawer()) {
            s.row(r.at(), r.shiftId(), r.kind().replace('_', '-').toLowerCase(), r.amount(), r.reason(), r.employee(),
                    r.approver());
        }
    }

    private static void lines(SheetWriter s, List<Rows.Line> lines) {
        s.header(new Column("Closed", Kind.DATE), new Column("Order", Kind.TEXT, 10), new Column("Item", Kind.TEXT, 28),
                new Column("Category", Kind.TEXT), new Column("Quantity", Kind.INT), new Column("Gross", Kind.MONEY),
                new Column("Net", Kind.MONEY), new Column("Employee", Kind.TEXT));
        for (Rows.Line l : lines) {
            s.row(l.closedAt(), l.orderNumber(), l.item(), l.category(), l.quantity(), l.gross(), l.net(),
                    l.employee());
        }
        s.finish();
    }
}

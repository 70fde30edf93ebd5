package app.brigade.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.reports.ScriptedDay;
import app.brigade.reports.model.ReportCalculator;
import app.brigade.reports.model.ReportData;
import app.brigade.reports.model.ReportPeriod;
import app.brigade.reports.model.Rows;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportWorkbookTest {

    static byte[] workbook(ReportData data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportWorkbook(Locale.GERMANY).write(data, out);
        return out.toByteArray();
    }

    static ReportData day() {
        return new ReportCalculator(ScriptedDay.CATALOG).compute(
                ReportPeriod.businessDay(ScriptedDay.DAY, ScriptedDay.ZONE), "POS-1", ScriptedDay.events(),
                Instant.parse("2026-11-20T20:00:00Z"), 1);
    }

    /** Column B of the Summary sheet by the label in column A. */
    private static Map<String, Cell> summary(XSSFWorkbook wb) {
        Map<String, Cell> byLabel = new HashMap<>();
        for (Row row : wb.getSheet("Summary")) {
            if (row.getCell(0) != null && row.getCell(1) != null) {
                byLabel.put(row.getCell(0).getStringCellValue(), row.getCell(1));
            }
        }
        return byLabel;
    }

    /** The rows below the row whose column A reads {@code label}, up to the next blank row. */
    private static List<Row> rowsBelow(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                List<Row> rows = new ArrayList<>();
                for (int i = row.getRowNum() + 1; sheet.getRow(i) != null; i++) {
                    rows.add(sheet.getRow(i));
                }
                return rows;
            }
        }
        throw new AssertionError("no row '" + label + "' on sheet " + sheet.getSheetName());
    }

    /** A money cell as exact minor units (cents); fails unless it is a number with at most two decimals. */
    private static long minor(Cell cell) {
        assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.NUMERIC);
        return BigDecimal.valueOf(cell.getNumericCellValue()).movePointRight(2).longValueExact();
    }

    private static long count(Cell cell) {
        assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.NUMERIC);
        return BigDecimal.valueOf(cell.getNumericCellValue()).longValueExact();
    }

    @Test
    void readBackHoldsTheSameFiguresAsNumbers() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook(day())))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(ReportWorkbook.SHEETS.size());
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                assertThat(wb.getSheetName(i)).isEqualTo(ReportWorkbook.SHEETS.get(i));
            }
            Map<String, Cell> s = summary(wb);
            assertThat(s.get("Net sales").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(s.get("Net sales").getNumericCellValue()).isEqualTo(21.37);
            assertThat(s.get("Gross sales").getNumericCellValue()).isEqualTo(30.80);
            assertThat(s.get("Discounts").getNumericCellValue()).isEqualTo(4.43);
            assertThat(s.get("Refunds").getNumericCellValue()).isEqualTo(5.00);
            assertThat(s.get("Tips").getNumericCellValue()).isEqualTo(1.00);
            assertThat(s.get("Over / short").getNumericCellValue()).isEqualTo(-0.77);
            assertThat(s.get("Orders").getNumericCellValue()).isEqualTo(2);
            assertThat(s.get("Net sales").getCellStyle().getDataFormatString()).contains("€").contains("#,##0.00");

            XSSFSheet items = wb.getSheet("Items");
            assertThat(items.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Classic Burger");
            assertThat(items.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(11.61);
            assertThat(items.getPaneInformation().isFreezePane()).isTrue();
            assertThat(items.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(items.getRow(0).getCell(0).getCellStyle().getFont() == null).isFalse();
            assertThat(wb.getFontAt(items.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(items.getColumnWidth(0)).isGreaterThanOrEqualTo(30 * 256);

            Sheet payments = wb.getSheet("Payments");
            Cell time = payments.getRow(1).getCell(0);
            assertThat(time.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(new DataFormatter().formatCellValue(time)).isEqualTo("2026-11-20 12:30");

            assertThat(wb.getSheet("Hours").getDrawingPatriarch().getCharts()).singleElement()
                    .satisfies(c -> assertThat(c.getTitleText().getString()).isEqualTo("Net sales by hour"));
            assertThat(wb.getSheet("Order Lines").getLastRowNum()).isEqualTo(3);
            assertThat(rowsBelow(wb.getSheet("Voids & Discounts"), "Time")).as("2 voids, 3 discounts, 1 refund")
                    .hasSize(6);

            var custom = wb.getProperties().getCustomProperties();
            assertThat(custom.getProperty("Store").getLpwstr()).isEqualTo("Brigade Bistro");
            assertThat(custom.getProperty("Terminal").getLpwstr()).isEqualTo("POS-1");
            assertThat(wb.getProperties().getCoreProperties().getTitle()).contains("Z 2026-11-20");
        }
    }

    @Test
    void taxesTendersOrderTypesAndDiscountTotalsReadBackAsTheModelsNumbers() throws IOException {
        ReportData d = day();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook(d)))) {
            Sheet summary = wb.getSheet("Summary");

            List<Row> taxes = rowsBelow(summary, "Tax by rate");
            assertThat(taxes).hasSize(2).hasSameSizeAs(d.taxes());
            for (int i = 0; i < taxes.size(); i++) {
                Rows.Tax t = d.taxes().get(i);
                assertThat(taxes.get(i).getCell(0).getStringCellValue()).contains(t.inclusive() ? "included" : "added")
                        .endsWith("on " + BigDecimal.valueOf(t.base(), 2));
                assertThat(minor(taxes.get(i).getCell(1))).isEqualTo(t.tax());
            }
            assertThat(minor(taxes.get(0).getCell(1))).as("19% included").isEqualTo(101);
            assertThat(minor(taxes.get(1).getCell(1))).as("7% added").isEqualTo(140);

            List<Row> tenders = rowsBelow(summary, "Tenders");
            assertThat(tenders).hasSize(2).hasSameSizeAs(d.tenders());
            for (int i = 0; i < tenders.size(); i++) {
                Rows.Tender t = d.tenders().get(i);
                assertThat(tenders.get(i).getCell(0).getStringCellValue())
                        .isEqualTo(t.tender() + " (" + t.count() + ")");
                assertThat(minor(tenders.get(i).getCell(1))).isEqualTo(t.amount() - t.refunded());
            }
            assertThat(minor(tenders.get(1).getCell(1))).as("cash 17.77 less the 5.00 refund").isEqualTo(1_277);

            List<Row> types = rowsBelow(summary, "Order type");
            assertThat(types).hasSize(2).hasSameSizeAs(d.orderTypes());
            for (int i = 0; i < types.size(); i++) {
                Rows.Sales t = d.orderTypes().get(i);
                Row row = types.get(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(t.name());
                assertThat(count(row.getCell(1))).isEqualTo(t.quantity());
                assertThat(count(row.getCell(2))).isEqualTo(t.orders());
                assertThat(minor(row.getCell(3))).isEqualTo(t.gross());
                assertThat(minor(row.getCell(4))).isEqualTo(t.discounts());
                assertThat(minor(row.getCell(5))).isEqualTo(t.net());
            }
            assertThat(types).extracting(r -> r.getCell(0).getStringCellValue()).containsExactly("dine-in", "takeout");

            Sheet voids = wb.getSheet("Voids & Discounts");
            assertTotals(rowsBelow(voids, "Discounts by reason"), d.discountsByReason());
            assertTotals(rowsBelow(voids, "Discounts by approver"), d.discountsByApprover());
            assertThat(rowsBelow(voids, "Discounts by reason")).extracting(r -> minor(r.getCell(2)))
                    .containsExactly(293L, 150L);
            assertThat(rowsBelow(voids, "Discounts by approver")).extracting(r -> r.getCell(0).getStringCellValue())
                    .containsExactly("Tom", "Maria");
        }
    }

    private static void assertTotals(List<Row> rows, List<Rows.DiscountTotal> totals) {
        assertThat(rows).hasSize(2).hasSameSizeAs(totals);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).getCell(0).getStringCellValue()).isEqualTo(totals.get(i).name());
            assertThat(count(rows.get(i).getCell(1))).isEqualTo(totals.get(i).count());
            assertThat(minor(rows.get(i).getCell(2))).isEqualTo(totals.get(i).amount());
        }
    }

    @Test
    void anEmptyShiftGivesAValidWorkbookThatSaysNoSales() throws IOException {
        ReportData empty = new ReportCalculator(ScriptedDay.CATALOG).compute(
                ReportPeriod.businessDay(ScriptedDay.DAY.plusDays(3), ScriptedDay.ZONE), "POS-1",
                List.of(), Instant.parse("2026-11-23T20:00:00Z"), 0);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook(empty)))) {
            assertThat(summary(wb).get("Result").getStringCellValue()).isEqualTo("No sales in this period");
            assertThat(summary(wb).get("Net sales").getNumericCellValue()).isZero();
            assertThat(wb.getSheet("Items").getLastRowNum()).isZero();
            assertThat(rowsBelow(wb.getSheet("Summary"), "Order type")).isEmpty();
            assertThat(rowsBelow(wb.getSheet("Voids & Discounts"), "Discounts by reason")).isEmpty();
            assertThat(rowsBelow(wb.getSheet("Voids & Discounts"), "Discounts by approver")).isEmpty();
        }
    }
}

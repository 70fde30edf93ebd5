package app.brigade.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.reports.ScriptedDay;
import app.brigade.reports.model.ReportCalculator;
import app.brigade.reports.model.ReportData;
import app.brigade.reports.model.ReportPeriod;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
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
            assertThat(wb.getSheet("Voids & Discounts").getLastRowNum()).isEqualTo(6);

            var custom = wb.getProperties().getCustomProperties();
            assertThat(custom.getProperty("Store").getLpwstr()).isEqualTo("Brigade Bistro");
            assertThat(custom.getProperty("Terminal").getLpwstr()).isEqualTo("POS-1");
            assertThat(wb.getProperties().getCoreProperties().getTitle()).contains("Z 2026-11-20");
        }
    }

    @Test
    void anEmptyShiftGivesAValidWorkbookThatSaysNoSales() throws IOException {
        ReportData empty = new ReportCalculator(ScriptedDay.CATALOG).compute(
                ReportPeriod.businessDay(ScriptedDay.DAY.plusDays(3), ScriptedDay.ZONE), "POS-1",
                java.util.List.of(), Instant.parse("2026-11-23T20:00:00Z"), 0);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook(empty)))) {
            assertThat(summary(wb).get("Result").getStringCellValue()).isEqualTo("No sales in this period");
            assertThat(summary(wb).get("Net sales").getNumericCellValue()).isZero();
            assertThat(wb.getSheet("Items").getLastRowNum()).isZero();
        }
    }
}

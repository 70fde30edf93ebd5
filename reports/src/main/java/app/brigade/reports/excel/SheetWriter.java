package app.brigade.reports.excel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Appends typed rows to one sheet: a bold frozen header, real number and date cells, autofilter. */
final class SheetWriter {

    enum Kind {
        TEXT(18), MONEY(14), INT(10), DATE(17), PERCENT(10);

        final int width;

        Kind(int width) {
            this.width = width;
        }
    }

    record Column(String title, Kind kind, int width) {
        Column(String title, Kind kind) {
            this(title, kind, Math.max(kind.width, title.length() + 2));
        }
    }

    private final Sheet sheet;
    private final Styles styles;
    private final int fractionDigits;
    private final ZoneId zone;
    private Column[] columns;
    private int headerRow = -1;
    private int next;

    SheetWriter(Sheet sheet, Styles styles, int fractionDigits, ZoneId zone) {
        this.sheet = sheet;
        this.styles = styles;
        this.fractionDigits = fractionDigits;
        this.zone = zone;
    }

    Sheet sheet() {
        return sheet;
    }

    int nextRow() {
        return next;
    }

    /** Starts the table: header row, frozen, columns sized; only the first table of a sheet is filtered. */
    SheetWriter header(Column... cols) {
        this.columns = cols;
        Row row = sheet.createRow(next);
        for (int i = 0; i < cols.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(cols[i].title());
            c.setCellStyle(styles.header);
            sheet.setColumnWidth(i, Math.max(sheet.getColumnWidth(i), Math.min(cols[i].width(), 60) * 256));
        }
        if (headerRow < 0) {
            headerRow = next;
            sheet.createFreezePane(0, next + 1);
        }
        next++;
        return this;
    }

    /** One data row; values follow the header's kinds: String, Long (minor units for MONEY), Instant, Double ratio. */
    void row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell c = row.createCell(i);
            switch (columns[i].kind()) {
                case MONEY -> {
                    c.setCellValue(toCellNumber((Long) v));
                    c.setCellStyle(styles.money);
                }
                case INT -> {
                    c.setCellValue(((Number) v).longValue());
                    c.setCellStyle(styles.integer);
                }
                case DATE -> {
                    c.setCellValue(excelDate((Instant) v));
                    c.setCellStyle(styles.dateTime);
                }
                case PERCENT -> {
                    c.setCellValue(((Number) v).doubleValue());
                    c.setCellStyle(styles.percent);
                }
                case TEXT -> {
                    c.setCellValue(String.valueOf(v));
                    // an explicit style: without one POI asks the sheet's column definitions (XMLBeans) per cell
                    c.setCellStyle(styles.text);
                }
            }
        }
    }

    /** A label in column A and a value in column B (the Summary sheet). */
    void pair(String label, Object value, CellStyle style) {
        Row row = sheet.createRow(next++);
        Cell l = row.createCell(0);
        l.setCellValue(label);
        l.setCellStyle(styles.label);
        if (value == null) {
            return;
        }
        Cell c = row.createCell(1);
        if (value instanceof Long minor && (style == styles.money || style == styles.moneyBold)) {
            c.setCellValue(toCellNumber(minor));
        } else if (value instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else {
            c.setCellValue(String.valueOf(value));
        }
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    void title(String text) {
        Cell c = sheet.createRow(next++).createCell(0);
        c.setCellValue(text);
        c.setCellStyle(styles.title);
    }

    void blank() {
        next++;
    }

    /** Autofilter over the first table, from its header to the last row written. */
    void finish() {
        if (headerRow >= 0 && columns != null) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, next - 1), 0, columns.length - 1));
        }
    }

    /**
     * The Excel serial date (days since 1899-12-30, 1900 date system) of an instant in the report's
     * zone; computed directly because going through {@code LocalDateTime} and {@code Calendar} per
     * cell dominated the export time of large sheets.
     */
    private double excelDate(Instant t) {
        long local = t.getEpochSecond() + zone.getRules().getOffset(t).getTotalSeconds();
        return local / 86_400.0 + 25_569.0;
    }

    /**
     * Spreadsheet cells hold IEEE doubles; the exact minor units become one only here, at the file
     * boundary (every amount up to 2^53 minor units is represented exactly to the cent).
     */
    private double toCellNumber(long minor) {
        return BigDecimal.valueOf(minor, fractionDigits).doubleValue();
    }
}

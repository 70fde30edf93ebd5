package app.brigade.reports.excel;

import java.util.Currency;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles a report uses, created once per workbook (Excel caps the number of styles). */
final class Styles {

    final CellStyle header;
    final CellStyle title;
    final CellStyle money;
    final CellStyle moneyBold;
    final CellStyle integer;
    final CellStyle percent;
    final CellStyle dateTime;
    final CellStyle text;
    final CellStyle label;

    Styles(Workbook wb, Currency currency, Locale locale) {
        DataFormat df = wb.createDataFormat();
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);

        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        title = wb.createCellStyle();
        title.setFont(big);

        String format = moneyFormat(currency, locale);
        money = wb.createCellStyle();
        money.setDataFormat(df.getFormat(format));
        moneyBold = wb.createCellStyle();
        moneyBold.setDataFormat(df.getFormat(format));
        moneyBold.setFont(bold);

        integer = wb.createCellStyle();
        integer.setDataFormat(df.getFormat("#,##0"));
        percent = wb.createCellStyle();
        percent.setDataFormat(df.getFormat("0.00%"));
        dateTime = wb.createCellStyle();
        dateTime.setDataFormat(df.getFormat("yyyy-mm-dd hh:mm"));
        text = wb.createCellStyle();
        label = wb.createCellStyle();
        label.setFont(bold);
    }

    /** e.g. {@code "€" #,##0.00;-"€" #,##0.00} — the currency's symbol and its number of decimals. */
    static String moneyFormat(Currency currency, Locale locale) {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        String number = digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits);
        String symbol = "\"" + currency.getSymbol(locale).replace("\"", "") + "\" ";
        return symbol + number + ";-" + symbol + number;
    }
}

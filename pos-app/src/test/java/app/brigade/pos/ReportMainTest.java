package app.brigade.pos;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.catalog.Employee;
import app.brigade.model.event.OrderType;
import app.brigade.model.order.LineRequest;
import app.brigade.pos.app.PosConfig;
import app.brigade.pos.app.PosContext;
import app.brigade.ui.config.ConfigFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportMainTest {

    @TempDir
    Path dir;

    private String shiftId;

    private Path sellOneCola() {
        Path data = dir.resolve("pos");
        Properties p = new Properties();
        p.setProperty("data.dir", data.toString());
        try (PosContext ctx = PosContext.open(PosConfig.from(ConfigFile.of(p, "test")))) {
            Employee carl = ctx.catalog().employee("emp-carl").orElseThrow();
            shiftId = ctx.service().openShift(carl, 10_000).shift().shiftId();
            var order = ctx.service().openOrder(carl, OrderType.TAKEOUT, null, 1);
            String cola = ctx.catalog().items().stream().filter(i -> i.name().equals("Cola")).findFirst()
                    .orElseThrow().id();
            ctx.service().addLine(carl, order.order().id(), LineRequest.of(cola));
            ctx.service().payCash(carl, order.order().id(), 500, 0);
        }
        return data;
    }

    private static int run(ByteArrayOutputStream err, String... args) {
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return invoke(args);
        } finally {
            System.setErr(old);
        }
    }

    private static int invoke(String... args) {
        return app.brigade.pos.app.ReportMain.run(args);
    }

    @Test
    void exportsTheShiftAndTheDayFromATerminalStore() throws Exception {
        Path data = sellOneCola();
        Path out = dir.resolve("x.xlsx");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        assertThat(run(err, "--data", data.toString(), "--shift", shiftId, "--out", out.toString())).as(err.toString())
                .isZero();
        assertThat(netSales(out)).isEqualTo(3.50);

        Path dayFile = dir.resolve("day.xlsx");
        assertThat(run(err, "--data", data.toString(), "--day", LocalDate.now().toString(), "--out",
                dayFile.toString())).isZero();
        assertThat(netSales(dayFile)).isEqualTo(3.50);
    }

    @Test
    void exportsADateRangeFromATerminalStore() throws Exception {
        Path data = sellOneCola();
        LocalDate today = LocalDate.now();
        Path out = dir.resolve("range.xlsx");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        assertThat(run(err, "--data", data.toString(), "--from", today.toString(), "--to", today.toString(), "--out",
                out.toString())).as(err.toString()).isZero();

        assertThat(netSales(out)).isEqualTo(3.50);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(summaryText(wb, "Report")).isEqualTo("Range report");
            assertThat(wb.getProperties().getCustomProperties().getProperty("Period").getLpwstr())
                    .isEqualTo("RANGE " + today + " – " + today);
        }

        Path before = dir.resolve("before.xlsx");
        assertThat(run(err, "--data", data.toString(), "--from", today.minusDays(7).toString(), "--to",
                today.minusDays(1).toString(), "--out", before.toString())).as(err.toString()).isZero();
        assertThat(netSales(before)).as("the sale is outside last week").isZero();
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsABadArgument() {
        Path data = sellOneCola();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(err, "--data", data.toString(), "--from", "2026-11-21", "--to", "2026-11-20", "--out",
                dir.resolve("r.xlsx").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--to 2026-11-20 is before --from 2026-11-21");
        assertThat(dir.resolve("r.xlsx")).doesNotExist();
    }

    @Test
    void badArgumentsAreExplained() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(err, "--day", "21.11.2026", "--out", "x.xlsx")).isEqualTo(2);
        assertThat(err.toString()).contains("--day 21.11.2026 is not a date; use YYYY-MM-DD");
        err.reset();
        assertThat(run(err, "--day", "2026-11-21")).isEqualTo(2);
        assertThat(err.toString()).contains("--out FILE.xlsx is required");
        err.reset();
        assertThat(run(err, "--data", dir.resolve("nowhere").toString(), "--day", "2026-11-21", "--out", "x.xlsx"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("no terminal store at");
    }

    @Test
    void aMissingOutputFolderIsAClearError() {
        Path data = sellOneCola();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(err, "--data", data.toString(), "--shift", shiftId, "--out",
                dir.resolve("no/such/folder/x.xlsx").toString())).isEqualTo(3);
        assertThat(err.toString()).contains("does not exist; choose an existing folder");
    }

    private static String summaryText(XSSFWorkbook wb, String label) {
        for (Row row : wb.getSheet("Summary")) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(label)) {
                return row.getCell(1).getStringCellValue();
            }
        }
        throw new AssertionError("no " + label + " row on the Summary sheet");
    }

    private static double netSales(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            for (Row row : wb.getSheet("Summary")) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("Net sales")) {
                    return row.getCell(1).getNumericCellValue();
                }
            }
        }
        throw new AssertionError("no Net sales row in " + file);
    }
}

package app.brigade.reports.file;

import app.brigade.reports.excel.ReportWorkbook;
import app.brigade.reports.model.ReportData;
import app.brigade.reports.model.ReportPeriod;
import app.brigade.reports.model.Rows;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A separate JVM that exports a report with {@code lines} order lines to a path; prints OK or LOCKED. */
public final class ExportChild {

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        int lines = Integer.parseInt(args[1]);
        Duration wait = Duration.ofMillis(Long.parseLong(args[2]));
        ReportData data = withLines(lines);
        try {
            WriteResult result = new LockedFileWriter(wait).write(target,
                    out -> new ReportWorkbook(Locale.GERMANY).write(data, out));
            System.out.println("OK " + result.written());
        } catch (ExportException e) {
            System.out.println("LOCKED " + e.getMessage());
            System.exit(3);
        }
    }

    static ReportData withLines(int n) {
        ReportPeriod p = ReportPeriod.days(java.time.LocalDate.of(2026, 11, 1), java.time.LocalDate.of(2026, 11, 30),
                java.time.ZoneId.of("UTC"));
        List<Rows.Line> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lines.add(new Rows.Line(p.from().plusSeconds(i), "A-" + i, "Item " + (i % 60), "Cat " + (i % 8), 1 + i % 3,
                    1_000 + i % 500, 900 + i % 500, "Carl"));
        }
        return new ReportData("Brigade Bistro", "POS-1", p, java.util.Currency.getInstance("EUR"), Instant.now(), 0,
                n, n, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                lines);
    }
}

package app.brigade.bench;

import app.brigade.reports.excel.ReportWorkbook;
import app.brigade.reports.file.LockedFileWriter;
import app.brigade.reports.model.ReportData;
import app.brigade.reports.model.ReportPeriod;
import app.brigade.reports.model.Rows;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Issue 9: export of a range with 200,000 order lines through Brigade's POI/SXSSF workbook and the
 * file-locked writer, beside fastexcel writing the same rows to the same folder in the same run.
 * Run with {@code -Xmx256m} to show the heap stays bounded.
 */
public final class ReportExportBenchmark {

    private static final int LINES = Integer.getInteger("bench.lines", 200_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

    private ReportExportBenchmark() {
    }

    public static void main(String[] args) {
        try {
            run();
        } catch (Exception e) {
            throw new IllegalStateException("report benchmark failed", e);
        }
    }

    private static void run() throws Exception {
        Path dir = Files.createTempDirectory("brigade-bench-reports");
        ReportData data = data(LINES);
        LockedFileWriter writer = new LockedFileWriter(Duration.ofSeconds(10));
        long bestPoi = Long.MAX_VALUE;
        long bestFast = Long.MAX_VALUE;
        long poiHeap = 0;
        long fastHeap = 0;
        long poiBytes = 0;
        long fastBytes = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Heap.reset();
            long t0 = System.nanoTime();
            Path poi = writer.write(dir.resolve("poi.xlsx"), out -> new ReportWorkbook(Locale.GERMANY).write(data, out))
                    .written();
            bestPoi = Math.min(bestPoi, System.nanoTime() - t0);
            poiHeap = Math.max(poiHeap, Heap.peakMb());
            poiBytes = Files.size(poi);

            Heap.reset();
            long t1 = System.nanoTime();
            Path fast = dir.resolve("fastexcel.xlsx");
            try (OutputStream out = Files.newOutputStream(fast)) {
                fastexcel(data, out);
            }
            bestFast = Math.min(bestFast, System.nanoTime() - t1);
            fastHeap = Math.max(fastHeap, Heap.peakMb());
            fastBytes = Files.size(fast);
        }
        System.out.printf("report_lines=%d rounds=%d (best of)%n", LINES, ROUNDS);
        System.out.printf("poi_sxssf_time_s=%.2f peak_heap_mb=%d file_kb=%d%n", bestPoi / 1e9, poiHeap,
                poiBytes / 1024);
        System.out.printf("fastexcel_time_s=%.2f peak_heap_mb=%d file_kb=%d%n", bestFast / 1e9, fastHeap,
                fastBytes / 1024);
        System.out.printf("poi_time/fastexcel_time=%.2f (target <= 1.5)%n", (double) bestPoi / bestFast);
    }

    /** The same Order Lines rows fastexcel writes, as the peer. */
    private static void fastexcel(ReportData data, OutputStream out) {
        try {
            Workbook wb = new Workbook(out, "Brigade", "1.0");
            Worksheet ws = wb.newWorksheet("Order Lines");
            String[] head = {"Closed", "Order", "Item", "Category", "Quantity", "Gross", "Net", "Employee"};
            for (int c = 0; c < head.length; c++) {
                ws.value(0, c, head[c]);
                ws.style(0, c).bold().set();
            }
            int r = 1;
            for (Rows.Line l : data.lines()) {
                ws.value(r, 0, java.time.LocalDateTime.ofInstant(l.closedAt(), ZoneId.of("UTC")));
                ws.style(r, 0).format("yyyy-mm-dd hh:mm").set();
                ws.value(r, 1, l.orderNumber());
                ws.value(r, 2, l.item());
                ws.value(r, 3, l.category());
                ws.value(r, 4, l.quantity());
                ws.value(r, 5, BigDecimal.valueOf(l.gross(), 2));
                ws.style(r, 5).format("#,##0.00").set();
                ws.value(r, 6, BigDecimal.valueOf(l.net(), 2));
                ws.style(r, 6).format("#,##0.00").set();
                ws.value(r, 7, l.employee());
                if (r % 1000 == 0) {
                    ws.flush();
                }
                r++;
            }
            ws.freezePane(0, 1);
            ws.setAutoFilter(0, 0, r - 1, head.length - 1);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReportData data(int n) {
        ReportPeriod p = ReportPeriod.days(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), ZoneId.of("UTC"));
        List<Rows.Line> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lines.add(new Rows.Line(p.from().plusSeconds(i * 30L), "A-" + (i / 5), "Item " + (i % 65),
                    "Category " + (i % 9), 1 + i % 3, 390 + (i % 40) * 50, 350 + (i % 40) * 50,
                    i % 2 == 0 ? "Carl" : "Clara"));
        }
        return new ReportData("Brigade Bistro", "POS-1", p, Currency.getInstance("EUR"), Instant.now(), 0, n / 5, n / 5,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), lines);
    }
}

package app.brigade.pos.app;

import app.brigade.model.catalog.Employee;
import app.brigade.model.protocol.Event;
import app.brigade.pos.service.PosException;
import app.brigade.reports.excel.ReportWorkbook;
import app.brigade.reports.file.ExportException;
import app.brigade.reports.file.LockedFileWriter;
import app.brigade.reports.file.WriteResult;
import app.brigade.reports.model.ReportCalculator;
import app.brigade.reports.model.ReportData;
import app.brigade.reports.model.ReportPeriod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Exports the current shift's X report to the configured export folder through the file-locked writer. */
public final class XReportExport {

    private final PosContext context;

    public XReportExport(PosContext context) {
        this.context = context;
    }

    /** Blocking; returns the sentence to show the manager (which file was written). */
    public String export(Employee approver) {
        String shiftId = context.service().currentShift()
                .orElseThrow(() -> new PosException("no shift is open, so there is no X report to export"))
                .shift().shiftId();
        List<Event> events = context.store().events();
        ZoneId zone = ZoneId.systemDefault();
        ReportPeriod period = ReportCalculator.shiftPeriod(events, shiftId, Instant.now(), zone);
        ReportData data = new ReportCalculator(context.catalog()).compute(period, context.config().terminalName(),
                events, Instant.now(), 0);
        try {
            Files.createDirectories(context.config().exportDir());
            String name = "X-" + context.config().deviceId() + "-"
                    + LocalDateTime.now(zone).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".xlsx";
            WriteResult result = new LockedFileWriter(Duration.ofSeconds(10)).write(
                    context.config().exportDir().resolve(name),
                    out -> new ReportWorkbook(context.config().locale()).write(data, out));
            return result.message() + " in " + context.config().exportDir();
        } catch (ExportException e) {
            throw new PosException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the export folder " + context.config().exportDir(), e);
        }
    }
}

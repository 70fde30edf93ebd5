package app.brigade.pos.app;

import app.brigade.model.catalog.Employee;
import app.brigade.model.event.DayClosed;
import app.brigade.model.protocol.Event;
import app.brigade.pos.service.PosException;
import app.brigade.reports.excel.ReportWorkbook;
import app.brigade.reports.file.ExportException;
import app.brigade.reports.file.LockedFileWriter;
import app.brigade.reports.file.WriteResult;
import app.brigade.reports.model.DayClose;
import app.brigade.reports.model.ReportCalculator;
import app.brigade.reports.model.ReportData;
import app.brigade.reports.model.ReportPeriod;
import app.brigade.store.api.RecordResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The manager's report actions: export the current shift's X report, and the Z close of the
 * business day (numbered, once per day) with its workbook and slip. Blocking; run off the FX thread.
 */
public final class ReportExports implements app.brigade.pos.manager.ManagerReports {

    private final PosContext context;
    private final ZoneId zone = ZoneId.systemDefault();

    public ReportExports(PosContext context) {
        this.context = context;
    }

    /** Exports the X report of the open shift; returns the sentence to show the manager. */
    @Override
    public String exportX(Employee approver) {
        String shiftId = context.service().currentShift()
                .orElseThrow(() -> new PosException("no shift is open, so there is no X report to export"))
                .shift().shiftId();
        List<Event> events = context.store().events();
        ReportPeriod period = ReportCalculator.shiftPeriod(events, shiftId, Instant.now(), zone);
        ReportData data = new ReportCalculator(context.catalog()).compute(period, context.config().terminalName(),
                events, Instant.now(), 0);
        return write("X-" + stamp(), data);
    }

    /**
     * Closes today's business day: refuses a second Z for the same day, records {@code DayClosed}
     * (approved by the manager), writes the Z workbook and prints the Z slip.
     */
    @Override
    public String closeDay(Employee cashier, Employee approver) {
        LocalDate day = LocalDate.now(zone);
        List<Event> events = context.store().events();
        DayClosed closed = DayClose.decide(events, day).orThrow();
        RecordResult recorded = context.store().record(cashier.id(), approver.id(), closed);
        if (recorded instanceof RecordResult.Rejected r) {
            throw new PosException(r.rejection().message());
        }
        ReportData data = new ReportCalculator(context.catalog()).compute(ReportPeriod.businessDay(day, zone),
                context.config().terminalName(), context.store().events(), Instant.now(), closed.zNumber());
        String saved = write("Z" + closed.zNumber() + "-" + day, data);
        context.printer().slip(data, true, approver.name());
        return "Z #" + closed.zNumber() + " for " + day + " closed. " + saved;
    }

    private String write(String base, ReportData data) {
        try {
            Files.createDirectories(context.config().exportDir());
            WriteResult result = new LockedFileWriter(Duration.ofSeconds(10)).write(
                    context.config().exportDir().resolve(base + "-" + context.config().deviceId() + ".xlsx"),
                    out -> new ReportWorkbook(context.config().locale()).write(data, out));
            return result.message() + " in " + context.config().exportDir();
        } catch (ExportException e) {
            throw new PosException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the export folder " + context.config().exportDir(), e);
        }
    }

    private String stamp() {
        return LocalDateTime.now(zone).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"));
    }
}

package app.brigade.pos.app;

import app.brigade.model.catalog.Employee;
import app.brigade.model.event.DayClosed;
import app.brigade.model.protocol.Event;
import app.brigade.pos.service.PosException;
import app.brigade.pos.service.Problems;
import app.brigade.pos.service.Text;
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
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Override
    public Path defaultFolder() {
        return context.config().exportDir();
    }

    /** Exports the X report of the open shift; returns the sentence to show the manager. */
    @Override
    public Text exportX(Employee approver, Path folder) {
        String shiftId = context.service().currentShift()
                .orElseThrow(() -> new PosException("error.noShiftForX"))
                .shift().shiftId();
        List<Event> events = context.store().events();
        ReportPeriod period = ReportCalculator.shiftPeriod(events, shiftId, Instant.now(), zone);
        ReportData data = new ReportCalculator(context.catalog()).compute(period, context.config().terminalName(),
                events, Instant.now(), 0);
        return write(folder, "X-" + stamp(), data);
    }

    /**
     * Exports a range of business days. The terminal's store holds its own events and, once synced,
     * those of the other terminals of the store; {@code wholeStore} false keeps this terminal's only.
     */
    @Override
    public Text exportRange(Employee approver, LocalDate from, LocalDate to, boolean wholeStore, Path folder) {
        if (from == null || to == null) {
            throw new PosException("error.rangeDates");
        }
        if (from.isAfter(to)) {
            throw new PosException("error.rangeOrder", from, to);
        }
        String device = context.config().deviceId();
        List<Event> events = context.store().events();
        if (!wholeStore) {
            events = events.stream().filter(e -> device.equals(e.deviceId())).toList();
        }
        ReportData data = new ReportCalculator(context.catalog()).compute(ReportPeriod.days(from, to, zone),
                wholeStore ? "all terminals" : context.config().terminalName(), events, Instant.now(), 0);
        return write(folder, "Range-" + from + "_" + to + (wholeStore ? "-store" : ""), data);
    }

    /**
     * Closes today's business day: refuses a second Z for the same day, records {@code DayClosed}
     * (approved by the manager), writes the Z workbook and prints the Z slip.
     */
    @Override
    public Text closeDay(Employee cashier, Employee approver, Path folder) {
        LocalDate day = LocalDate.now(zone);
        List<Event> events = context.store().events();
        DayClosed closed = DayClose.decide(events, day).orThrow();
        RecordResult recorded = context.store().record(cashier.id(), approver.id(), closed);
        if (recorded instanceof RecordResult.Rejected r) {
            throw new PosException(Problems.rejection(r.rejection()));
        }
        ReportData data = new ReportCalculator(context.catalog()).compute(ReportPeriod.businessDay(day, zone),
                context.config().terminalName(), context.store().events(), Instant.now(), closed.zNumber());
        Text saved = write(folder, "Z" + closed.zNumber() + "-" + day, data);
        context.printer().slip(data, true, approver.name());
        return Text.of("report.zClosed", String.valueOf(closed.zNumber()), day, saved);
    }

    private Text write(Path folder, String base, ReportData data) {
        Path target = folder == null ? context.config().exportDir() : folder;
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new PosException("error.exportFolderIsFile", target);
        }
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new PosException("error.exportFolderCannotCreate", target, e.getMessage());
        }
        try {
            WriteResult result = new LockedFileWriter(Duration.ofSeconds(10)).write(
                    target.resolve(base + "-" + context.config().deviceId() + ".xlsx"),
                    out -> new ReportWorkbook(context.config().locale()).write(data, out));
            return result.renamed()
                    ? Text.of("report.savedRenamed", result.written().getFileName(), result.requested().getFileName(),
                            target)
                    : Text.of("report.saved", result.written().getFileName(), target);
        } catch (ExportException e) {
            throw new PosException("error.export", e.getMessage());
        }
    }

    private String stamp() {
        return LocalDateTime.now(zone).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"));
    }
}

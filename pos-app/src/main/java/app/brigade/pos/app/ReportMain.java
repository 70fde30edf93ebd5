package app.brigade.pos.app;

import app.brigade.model.catalog.Catalog;
import app.brigade.model.event.DayClosed;
import app.brigade.model.protocol.CatalogCodec;
import app.brigade.model.protocol.Event;
import app.brigade.reports.excel.ReportWorkbook;
import app.brigade.reports.file.ExportException;
import app.brigade.reports.file.LockedFileWriter;
import app.brigade.reports.file.WriteResult;
import app.brigade.reports.model.ReportCalculator;
import app.brigade.reports.model.ReportData;
import app.brigade.reports.model.ReportPeriod;
import app.brigade.store.api.Store;
import app.brigade.store.api.StoreOptions;
import app.brigade.ui.config.BrigadeHome;
import app.brigade.ui.config.ConfigException;
import app.brigade.ui.config.ConfigFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Properties;

/**
 * Scheduled exports from a terminal's store, without the UI:
 * {@code report [--config FILE] [--data DIR] (--shift ID | --day DATE | --from DATE --to DATE) --out FILE}.
 * Exit codes: 0 written, 2 bad arguments, 3 the export could not be written.
 */
public final class ReportMain {

    private ReportMain() {
    }

    public static void main(String[] args) {
        BrigadeHome.pinForLogging();
        System.exit(run(args));
    }

    public static int run(String[] args) {
        Properties overrides = new Properties();
        Path config = null;
        String shift = null;
        LocalDate day = null;
        LocalDate from = null;
        LocalDate to = null;
        Path out = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--help", "-h" -> {
                        System.out.println("""
                                Usage: report [--config pos.properties] [--data DIR] [--device ID]
                                              (--shift SHIFT_ID | --day YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD)
                                              --out FILE.xlsx
                                  Exports an X (shift), day or date-range report from a POS terminal's store to
                                  Excel through the file-locked writer. The POS must not be running on that
                                  store (export from its manager screen instead).""");
                        return 0;
                    }
                    case "--config" -> config = Path.of(value(args, ++i, a));
                    case "--data" -> overrides.setProperty("data.dir", value(args, ++i, a));
                    case "--device" -> overrides.setProperty("terminal.id", value(args, ++i, a));
                    case "--shift" -> shift = value(args, ++i, a);
                    case "--day" -> day = date(value(args, ++i, a), a);
                    case "--from" -> from = date(value(args, ++i, a), a);
                    case "--to" -> to = date(value(args, ++i, a), a);
                    case "--out" -> out = Path.of(value(args, ++i, a));
                    default -> throw new IllegalArgumentException("unknown option '" + a + "'; see --help");
                }
            }
            int kinds = (shift != null ? 1 : 0) + (day != null ? 1 : 0) + (from != null || to != null ? 1 : 0);
            if (kinds != 1) {
                throw new IllegalArgumentException("choose exactly one of --shift, --day, or --from with --to");
            }
            if ((from == null) != (to == null)) {
                throw new IllegalArgumentException("--from and --to go together");
            }
            if (out == null) {
                throw new IllegalArgumentException("--out FILE.xlsx is required");
            }
            PosConfig pos = PosConfig.from(merge(config, overrides));
            Path storeDir = pos.dataDir().resolve("store");
            if (!Files.isDirectory(storeDir)) {
                throw new IllegalArgumentException("no terminal store at " + storeDir + " (check --data or --config)");
            }
            Catalog demo = new CatalogCodec().demoRestaurant();
            try (Store store = Store.open(StoreOptions.defaults(storeDir, pos.deviceId(), pos.orderPrefix(),
                    demo.settings()))) {
                Catalog catalog = store.catalog().map(s -> new CatalogCodec().read(s.json())).orElse(demo);
                List<Event> events = store.events();
                ZoneId zone = ZoneId.systemDefault();
                ReportPeriod period = shift != null ? ReportCalculator.shiftPeriod(events, shift, Instant.now(), zone)
                        : day != null ? ReportPeriod.businessDay(day, zone) : ReportPeriod.days(from, to, zone);
                long z = day == null ? 0 : zNumber(events, day);
                ReportData data = new ReportCalculator(catalog).compute(period, pos.terminalName(), events,
                        Instant.now(), z);
                WriteResult result = new LockedFileWriter(Duration.ofSeconds(30)).write(out,
                        o -> new ReportWorkbook(pos.locale()).write(data, o));
                System.out.println(result.message() + " (" + result.written().toAbsolutePath() + ")");
                return 0;
            }
        } catch (IllegalArgumentException | ConfigException e) {
            System.err.println("report: " + e.getMessage());
            return 2;
        } catch (ExportException e) {
            System.err.println("report: " + e.getMessage());
            return 3;
        } catch (RuntimeException e) {
            System.err.println("report: " + e.getMessage());
            return 3;
        }
    }

    private static long zNumber(List<Event> events, LocalDate day) {
        return events.stream().map(Event::payload).filter(p -> p instanceof DayClosed d
                && d.businessDate().equals(day.toString())).mapToLong(p -> ((DayClosed) p).zNumber()).findFirst()
                .orElse(0);
    }

    private static ConfigFile merge(Path config, Properties overrides) {
        Properties p = new Properties();
        String source = "command line";
        if (config != null) {
            ConfigFile.load(config);
            try (var r = Files.newBufferedReader(config)) {
                p.load(r);
            } catch (java.io.IOException e) {
                throw new ConfigException("cannot read " + config + ": " + e.getMessage());
            }
            source = config.toString();
        }
        p.putAll(overrides);
        return ConfigFile.of(p, source);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static LocalDate date(String text, String option) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " " + text + " is not a date; use YYYY-MM-DD");
        }
    }
}

package app.brigade.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entry point: {@code Benchmarks all} or the names of the benchmarks to run. Prints figures, never asserts. */
public final class Benchmarks {

    private static final Map<String, Runnable> ALL = new LinkedHashMap<>();

    static {
        ALL.put("reports", () -> ReportExportBenchmark.main(new String[0]));
        ALL.put("pos", () -> rethrow(() -> PosTapBenchmark.main(new String[0])));
        ALL.put("store", () -> rethrow(() -> app.brigade.store.bench.StoreBenchmark.main(
                new String[] {System.getProperty("bench.store.scale", "0.1")})));
        ALL.put("server", () -> rethrow(() -> app.brigade.server.bench.ServerBenchmark.main(new String[0])));
        ALL.put("sync-drain", () -> rethrow(() -> app.brigade.sync.bench.DrainBenchmark.main(new String[0])));
        ALL.put("sync-latency", () -> rethrow(() -> app.brigade.sync.bench.TicketLatencyBenchmark.main(new String[0])));
        ALL.put("kds", () -> rethrow(() -> app.brigade.kds.bench.KdsBoardBenchmark.main(new String[0])));
        ALL.put("printer", () -> rethrow(() -> app.brigade.devices.bench.ReceiptLatencyBenchmark.main(new String[0])));
    }

    private Benchmarks() {
    }

    /** A benchmark main that throws checked exceptions, run as a {@link Runnable}. */
    interface Main {
        void run() throws Exception;
    }

    static void rethrow(Main main) {
        try {
            main.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) {
        List<String> names = args.length == 0 || args[0].equals("all") ? List.copyOf(ALL.keySet()) : Arrays.asList(args);
        System.out.printf("# Brigade benchmarks — %s, %d cores, JDK %s, max heap %d MB%n", java.time.LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), Runtime.version(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        for (String name : names) {
            Runnable bench = ALL.get(name);
            if (bench == null) {
                System.err.println("unknown benchmark '" + name + "'; choose from " + ALL.keySet() + " or all");
                System.exit(2);
            }
            System.out.println("## " + name);
            try {
                bench.run();
            } catch (RuntimeException e) {
                // A failed benchmark must end the run (its store or FX threads would keep the JVM alive).
                System.err.println("benchmark '" + name + "' failed: " + e.getMessage());
                e.printStackTrace();
                System.exit(1);
            }
        }
        System.exit(0);
    }
}

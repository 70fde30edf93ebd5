package app.brigade.store.bench;

import app.brigade.model.event.EventPayload;
import app.brigade.store.api.Store;
import app.brigade.store.api.StoreOptions;
import app.brigade.store.testkit.Sales;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Measures the local store against its physical limit on this disk (not a test; the lead moves it to
 * {@code benchmarks}). Usage: {@code StoreBenchmark [scale=1.0] [dir]}; scale 1.0 = 1,000,000 replay events.
 * Prints durable ack latency vs raw write+fsync, group-commit throughput for 1/4/16 writers, replay
 * speed (with the floor H2 sets for it on this disk, {@link EventLogFloor}) and bytes per 100k orders.
 */
public final class StoreBenchmark {

    /** Events per check in the group-commit test: the open, then lines. */
    private static final int LINES_PER_CHECK = 11;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        Path root = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("brigade-bench");
        System.out.printf("StoreBenchmark scale=%.3f dir=%s%n", scale, root);
        ackVersusFsync(root.resolve("ack"), 2000);
        throughput(root.resolve("tp"), Math.max(2000, (int) (20_000 * Math.min(scale * 4, 1))));
        replay(root.resolve("replay"), (int) Math.max(10_000, 1_000_000 * scale));
        pacedSize(root.resolve("paced"), 50, (int) Math.max(120, 1_500 * scale));
        delete(root);
    }

    private static void ackVersusFsync(Path dir, int samples) throws IOException {
        Files.createDirectories(dir);
        long[] fsync = rawFsync(dir.resolve("raw.bin"), samples, 0);
        long[] preFsync = rawFsync(dir.resolve("raw-preallocated.bin"), samples, 16L << 20);
        long[] ack = new long[samples];
        long[] readBack = new long[samples / 4];
        long[] warm = new long[samples];
        try (Store store = Store.open(Sales.options(dir.resolve("store")))) {
            String orderId = timedLines(store, 200, ack);
            // The same, then the order read back from H2 (what a POS does after a tap): the H2 apply the
            // ack no longer waits for is paid here, by the first query that needs it (ADR 0015).
            for (int i = 0; i < samples / 4 + 50; i++) {
                EventPayload line = Sales.line(orderId, Sales.id("l"), 1);
                long t = System.nanoTime();
                store.record(Sales.CASHIER, null, line).events();
                if (store.order(orderId).isEmpty()) {
                    throw new IllegalStateException("order " + orderId + " not readable after its ack");
                }
                long took = System.nanoTime() - t;
                if (i >= 50) {
                    readBack[i - 50] = took;
                }
                if (i % 100 == 99) {
                    orderId = Sales.id("ord");
                    store.record(Sales.CASHIER, null, Sales.opened(orderId, store.nextOrderNumber())).events();
                }
            }
            // Steady state: the same single-line records after 5,000 more, once the JIT has compiled the path.
            timedLines(store, 5_000, warm);
        }
        Arrays.sort(fsync);
        Arrays.sort(warm);
        Arrays.sort(preFsync);
        Arrays.sort(ack);
        Arrays.sort(readBack);
        long f50 = pct(fsync, 50);
        long f99 = pct(fsync, 99);
        long a50 = pct(ack, 50);
        long a99 = pct(ack, 99);
        System.out.printf("raw write+force 200 B: p50=%d us p99=%d us%n", f50 / 1000, f99 / 1000);
        System.out.printf("raw write+force 200 B into a zero-filled file (as the journal writes, ADR 0017):"
                + " p50=%d us p99=%d us%n", pct(preFsync, 50) / 1000, pct(preFsync, 99) / 1000);
        System.out.printf("record() durable ack:  p50=%d us p99=%d us%n", a50 / 1000, a99 / 1000);
        System.out.printf("ack_p50/fsync_p50 = %.2f (target <= 1.5)%n", (double) a50 / f50);
        System.out.printf("ack_p99/fsync_p99 = %.2f (target <= 1.5)%n", (double) a99 / f99);
        System.out.printf("against the zero-filled raw write: ack_p50 %.2f x, ack_p99 %.2f x%n",
                (double) a50 / pct(preFsync, 50), (double) a99 / pct(preFsync, 99));
        System.out.printf("record() durable ack after 5,000 more records (warm): p50=%d us p99=%d us;"
                + " ack_p99/fsync_p99 = %.2f%n", pct(warm, 50) / 1000, pct(warm, 99) / 1000,
                (double) pct(warm, 99) / f99);
        System.out.printf("record() then order read back from H2: p50=%d us p99=%d us (%d samples)%n",
                pct(readBack, 50) / 1000, pct(readBack, 99) / 1000, readBack.length);
    }

    /**
     * The H2 file on a terminal's pace: {@code perSecond} events a second for {@code seconds} (one commit
     * each, checks of ten), H2's compaction running in the applier's gaps (ADR 0018). Prints the growth per
     * event over the last 60 s, once chunks are older than H2's 45 s retention and can be rewritten.
     */
    private static void pacedSize(Path dir, int perSecond, int seconds) throws Exception {
        try (Store store = Store.open(Sales.options(dir))) {
            String orderId = null;
            long t0 = System.nanoTime();
            long sizeAt = 0;
            int eventsAt = 0;
            int written = 0;
            for (int s = 1; s <= seconds; s++) {
                for (int i = 0; i < perSecond; i++) {
                    if (written % 10 == 0) {
                        orderId = Sales.id("ord");
                        store.record(Sales.CASHIER, null, Sales.opened(orderId, "P-" + written)).events();
                    } else {
                        store.record(Sales.CASHIER, null, Sales.line(orderId, Sales.id("l"), 1)).events();
                    }
                    written++;
                    long wait = t0 + (long) ((s - 1 + (i + 1) / (double) perSecond) * 1e9) - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                }
                if (s == seconds - 60) {
                    store.openOrders();
                    sizeAt = store.databaseBytes();
                    eventsAt = written;
                }
            }
            store.openOrders();
            long size = store.databaseBytes();
            System.out.printf("H2 file at %d events/s for %d s (compaction in the gaps): %,d KB for %,d events;"
                    + " last 60 s %.1f KB per event%n", perSecond, seconds,
                    size >> 10, written, (size - sizeAt) / 1024.0 / Math.max(1, written - eventsAt));
        }
    }

    /**
     * Records {@code skip} single-line events, then one per slot of {@code took} with its ack time, opening a
     * new order every 100 lines; returns the order the last line went to.
     */
    private static String timedLines(Store store, int skip, long[] took) {
        String orderId = Sales.id("ord");
        store.record(Sales.CASHIER, null, Sales.opened(orderId, store.nextOrderNumber())).events();
        for (int i = 0; i < took.length + skip; i++) {
            EventPayload line = Sales.line(orderId, Sales.id("l"), 1);
            long t = System.nanoTime();
            store.record(Sales.CASHIER, null, line).events();
            long ns = System.nanoTime() - t;
            if (i >= skip) {
                took[i - skip] = ns;
            }
            if (i % 100 == 99) {
                orderId = Sales.id("ord");
                store.record(Sales.CASHIER, null, Sales.opened(orderId, store.nextOrderNumber())).events();
            }
        }
        return orderId;
    }

    /** Appends 200 bytes and forces, {@code samples} times; {@code zeroFilled} bytes are written ahead first. */
    private static long[] rawFsync(Path file, int samples, long zeroFilled) throws IOException {
        long[] out = new long[samples];
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer zeros = ByteBuffer.allocate(64 * 1024);
            for (long at = 0; at < zeroFilled; at += zeros.capacity()) {
                ch.write(zeros.clear(), at);
            }
            ch.force(true);
            ByteBuffer b = ByteBuffer.allocate(200);
            long at = 0;
            for (int i = 0; i < samples + 200; i++) {
                b.clear();
                long t = System.nanoTime();
                while (b.hasRemaining()) {
                    at += ch.write(b, at);
                }
                ch.force(false);
                if (i >= 200) {
                    out[i - 200] = System.nanoTime() - t;
                }
            }
        }
        return out;
    }

    /** One group-commit run: events/s and the CPU it took (ns), per part. */
    private record WritersRun(double rate, long events, long process, long writers, long applier, long jit) {
    }

    /** 16-writer warm-up runs before anything is measured; see {@link #throughput}. */
    private static final int WARM_UP_RUNS = 16;

    private static void throughput(Path dir, int eventsPerRun) throws Exception {
        // Warm-up, not printed. Until 2026-12-08 it was one 1-writer and one 16-writer run of half a measured
        // run each, and the measured runs still spent 30-100 us of JIT compiler CPU per event (C1/C2 threads,
        // read from /proc): the figures were of a JVM still compiling jOOQ, H2 and Jackson, not of the store.
        // Sixteen 16-writer runs, then one of each other size, bring the compiler's share down (throwaway
        // harness, 2026-12-08: it settles after ≈ 150–200k events); a terminal runs for hours, so the steady state
        // is what to report. The compiler's CPU is printed on its own line so what is left of it shows.
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            writersRun(dir.resolve("warm16-" + i), 16, eventsPerRun);
        }
        for (int writers : new int[] {1, 4}) {
            writersRun(dir.resolve("warm" + writers), writers, eventsPerRun);
        }
        double single = 0;
        for (int writers : new int[] {1, 4, 16}) {
            WritersRun run = writersRun(dir.resolve("w" + writers), writers, eventsPerRun);
            if (writers == 1) {
                single = run.rate();
            }
            // Where the CPU went, per event: on 2 cores the 16-writer rate is capped by 2 s of CPU per second.
            double n = run.events();
            System.out.printf("group commit, %2d writer(s): %,.0f events/s (%.1fx single); CPU per event:"
                    + " process %.0f us = writer threads %.0f + H2 applier %.0f"
                    + " + JIT compiler %.0f + rest (GC, other threads) %.0f%n",
                    writers, run.rate(), run.rate() / single, run.process() / 1e3 / n, run.writers() / 1e3 / n,
                    run.applier() / 1e3 / n, run.jit() / 1e3 / n,
                    (run.process() - run.writers() - run.applier() - run.jit()) / 1e3 / n);
        }
    }

    private static WritersRun writersRun(Path d, int writers, int eventsPerRun) throws Exception {
        try (Store store = Store.open(Sales.options(d))) {
            AtomicLong done = new AtomicLong();
            AtomicLong writerCpu = new AtomicLong();
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            int each = eventsPerRun / writers;
            for (int w = 0; w < writers; w++) {
                String till = "T" + w;
                threads.add(Thread.ofPlatform().start(() -> {
                    await(start);
                    long cpuAtStart = THREADS.getCurrentThreadCpuTime();
                    // Checks of ten lines, as a till records them: each writer opens its own orders
                    // (numbered per writer, so no writer waits for H2 to hand out a number). Before
                    // 2026-12-07 each writer put all its lines on one check, thousands long, which made
                    // one writer slow for the check's size and inflated the ratio (docs/benchmarks.md).
                    String orderId = null;
                    for (int i = 0; i < each; i++) {
                        if (i % LINES_PER_CHECK == 0) {
                            orderId = Sales.id("ord");
                            store.record(Sales.CASHIER, null, Sales.opened(orderId, till + "-" + i)).events();
                            done.incrementAndGet();
                            continue;
                        }
                        store.record(Sales.CASHIER, null, Sales.line(orderId, Sales.id("l"), 1)).events();
                        done.incrementAndGet();
                    }
                    writerCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuAtStart);
                }));
            }
            Map<Long, Long> applierBefore = applierCpu();
            Map<String, Long> jitBefore = compilerThreadsCpu();
            long processBefore = PROCESS.getProcessCpuTime();
            long t = System.nanoTime();
            start.countDown();
            for (Thread th : threads) {
                th.join();
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            long process = PROCESS.getProcessCpuTime() - processBefore;
            long jit = 0;
            for (Map.Entry<String, Long> e : compilerThreadsCpu().entrySet()) {
                jit += e.getValue() - jitBefore.getOrDefault(e.getKey(), 0L);
            }
            long applier = 0;
            for (Map.Entry<Long, Long> e : applierCpu().entrySet()) {
                applier += e.getValue() - applierBefore.getOrDefault(e.getKey(), 0L);
            }
            return new WritersRun(done.get() / seconds, done.get(), process, writerCpu.get(), applier, jit);
        }
    }

    private static Map<Long, Long> applierCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("store-apply-")) {
                cpu.put(info.getThreadId(), THREADS.getThreadCpuTime(info.getThreadId()));
            }
        }
        return cpu;
    }

    /**
     * CPU time (ns) of the JVM's C1/C2 compiler threads by task id, from {@code /proc/self/task/<tid>/stat}
     * (they are not Java threads, so the ThreadMXBean cannot see them). Empty where there is no /proc; a
     * compiler thread the JVM ends between two readings is not counted, so the figure is a lower bound.
     */
    private static Map<String, Long> compilerThreadsCpu() {
        Map<String, Long> cpu = new HashMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return cpu;
        }
        try (Stream<Path> list = Files.list(tasks)) {
            for (Path task : list.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException gone) {
                    continue; // the thread ended while listing
                }
                int close = stat.lastIndexOf(')');
                String name = stat.substring(stat.indexOf('(') + 1, close);
                if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) {
                    continue;
                }
                String[] fields = stat.substring(close + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
                cpu.put(task.getFileName().toString(), ticks * (1_000_000_000L / CLOCK_TICKS_PER_SECOND));
            }
        } catch (IOException e) {
            return Map.of();
        }
        return cpu;
    }

    /** Linux's USER_HZ for /proc times: 100 on every mainstream kernel (getconf CLK_TCK). */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private static void replay(Path dir, int events) throws Exception {
        StoreOptions options = Sales.options(dir).withReplayBatch(5000);
        int orders = 0;
        int written = 0;
        try (Store store = Store.open(options)) {
            store.record(Sales.CASHIER, null, Sales.shift("shift-bench")).events();
            written++;
            while (written < events) {
                List<EventPayload> sale = new ArrayList<>(Sales.wholeSale(Sales.id("ord"), store.nextOrderNumber(),
                        "shift-bench", 1));
                // nine events per order: open, five lines, fire, pay, close
                String orderId = ((app.brigade.model.event.OrderOpened) sale.getFirst()).orderId();
                for (int l = 0; l < 4; l++) {
                    sale.add(1, Sales.line(orderId, Sales.id("l"), 1));
                }
                sale.set(sale.size() - 2, Sales.cash(orderId, "shift-bench", Sales.UNIT_PRICE * 5));
                store.record(Sales.CASHIER, null, sale).events();
                written += sale.size();
                orders++;
            }
            System.out.printf("journal bytes per 100k orders: %,d (%d orders, %d events)%n",
                    store.journalBytes() * 100_000L / orders, orders, written);
            System.out.printf("H2 bytes per 100k orders:      %,d%n", store.databaseBytes() * 100_000L / orders);
        }
        Files.delete(dir.resolve("db").resolve("brigade.mv.db"));
        double rebuildSeconds;
        long t = System.nanoTime();
        try (Store store = Store.open(options)) {
            double seconds = (System.nanoTime() - t) / 1e9;
            long replayed = store.recoveryReport().eventsReplayed();
            System.out.printf("rebuild H2 from journal: %,d events in %.1f s = %,.0f events/s (target >= 50,000)%n",
                    replayed, seconds, replayed / seconds);
            rebuildSeconds = seconds;
        }
        EventLogFloor.Figures floor = EventLogFloor.measure(dir.resolve("db"), dir.resolve("floor"));
        System.out.printf("rebuild floor in H2 (event_log rows alone, key and indexes made after, compacted):"
                + " %,d rows in %.1f s = %,.0f events/s (insert %.1f s, key %.1f s, indexes %.1f s, compact %.1f s);"
                + " rebuild / floor = %.2f x the time%n", floor.rows(), floor.total(), floor.rows() / floor.total(),
                floor.insert(), floor.key(), floor.indexes(), floor.compact(), rebuildSeconds / floor.total());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

package app.brigade.server.bench;

import app.brigade.model.protocol.Event;
import app.brigade.server.ServerConfig;
import app.brigade.server.auth.DeviceKind;
import app.brigade.server.support.Api;
import app.brigade.server.support.Device;
import app.brigade.server.support.PostgresCluster;
import app.brigade.server.support.SseReader;
import app.brigade.server.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Measures the sync server on loopback (not a test; the lead moves it to {@code benchmarks}): ingest
 * rate with 4 devices pushing batches of 500, feed read rate, and delivery latency from a POST on one
 * connection to arrival on an SSE stream / long-poll on another. H2 file and PostgreSQL (fsync on).
 * Targets: ingest at least 10,000 events/s on PostgreSQL, delivery p99 at most 50 ms. The system
 * property {@code bench.server.db} ({@code h2} or {@code pg}) runs one database only.
 */
public final class ServerBenchmark {

    private static final int DEVICES = 4;
    private static final int BATCH = 500;
    private static final int BATCHES_PER_DEVICE = 20;
    private static final int LATENCY_SAMPLES = 200;
    /**
     * Warm-up before the timed ingest. The default 2 keeps the figures comparable with the first ones;
     * with it the timed run shares the 2 cores with the JIT compiler (JFR: about one core of compile
     * time during the ingest), so {@code -Dbench.server.warmup=20} shows the steady state as well.
     */
    private static final int WARMUP_BATCHES_PER_DEVICE = Integer.getInteger("bench.server.warmup", 2);

    private ServerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("brigade-bench");
        System.out.printf("Brigade sync server benchmark: %d devices x %d batches x %d events, %d latency samples%n",
                DEVICES, BATCHES_PER_DEVICE, BATCH, LATENCY_SAMPLES);
        String only = System.getProperty("bench.server.db", "");
        if (!only.equals("pg")) {
            run("H2 file", ServerConfig.builder().dataDir(dir.resolve("h2")));
        }
        if (!only.equals("h2")) {
            try (PostgresCluster pg = PostgresCluster.start(true)) {
                run("PostgreSQL", ServerConfig.builder().dbUrl(pg.createDatabase()).dbUser(PostgresCluster.USER));
            }
        }
    }

    private static void run(String name, ServerConfig.Builder config) throws Exception {
        try (TestServer server = TestServer.start(config)) {
            List<Device> devices = new ArrayList<>();
            for (int i = 0; i < DEVICES; i++) {
                devices.add(server.enroll("Bench " + i, DeviceKind.POS));
            }
            ingest(server.api(), devices, WARMUP_BATCHES_PER_DEVICE);
            long cpuBefore = processCpuNanos();
            long pgBefore = postgresCpuNanos();
            double ingestRate = ingest(server.api(), devices, BATCHES_PER_DEVICE);
            double thousands = DEVICES * BATCHES_PER_DEVICE * BATCH / 1000.0;
            double cpuPerThousand = (processCpuNanos() - cpuBefore) / 1e6 / thousands;
            double pgPerThousand = (postgresCpuNanos() - pgBefore) / 1e6 / thousands;
            double readRate = readFeed(server.api(), devices.getFirst());
            double[] sse = sseLatency(server, devices);
            double[] poll = longPollLatency(server, devices);
            System.out.printf("%-10s ingest %,9.0f events/s (CPU per 1,000: JVM %.0f ms, postgres %.0f ms)"
                            + " | feed read %,9.0f events/s"
                            + " | SSE delivery p50 %5.1f ms p99 %5.1f ms | long-poll delivery p50 %5.1f ms p99 %5.1f ms%n",
                    name, ingestRate, cpuPerThousand, pgPerThousand, readRate, sse[0], sse[1], poll[0], poll[1]);
        }
    }

    /** Every device pushes its batches in order, all devices at once; returns stored events per second. */
    private static double ingest(Api api, List<Device> devices, int batches) throws Exception {
        List<List<String>> bodies = new ArrayList<>();
        for (Device d : devices) {
            List<String> perDevice = new ArrayList<>();
            for (int b = 0; b < batches; b++) {
                List<Event> events = new ArrayList<>(BATCH);
                for (int i = 0; i < BATCH; i++) {
                    events.add(d.next(Device.line("o-" + d.id().hashCode() + "-" + b + "-" + i / 10)));
                }
                perDevice.add(Device.batch(events));
            }
            bodies.add(perDevice);
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(devices.size())) {
            long start = System.nanoTime();
            List<CompletableFuture<Void>> runs = new ArrayList<>();
            for (int d = 0; d < devices.size(); d++) {
                Device device = devices.get(d);
                List<String> perDevice = bodies.get(d);
                runs.add(CompletableFuture.runAsync(() -> {
                    for (String body : perDevice) {
                        Api.Response r = api.post("/v1/events", device.token(), body);
                        if (r.status() != 200 || r.json().get("accepted").asInt() != BATCH) {
                            throw new IllegalStateException("push failed: " + r.status() + " " + r.body());
                        }
                    }
                }, pool));
            }
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();
            return (double) devices.size() * batches * BATCH / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static double readFeed(Api api, Device reader) {
        long start = System.nanoTime();
        long after = 0;
        long count = 0;
        while (true) {
            JsonNode page = api.get("/v1/events?after=" + after + "&limit=1000", reader.token()).json();
            int n = page.get("events").size();
            if (n == 0) {
                break;
            }
            count += n;
            after = page.get("next").asLong();
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static double[] sseLatency(TestServer server, List<Device> devices) throws Exception {
        Api api = server.api();
        Device pos = devices.get(0);
        Device kds = devices.get(1);
        long head = api.get("/v1/health", null).json().get("feedHead").asLong();
        double[] millis = new double[LATENCY_SAMPLES];
        try (SseReader stream = new SseReader(api, "/v1/events/stream?after=" + head, kds.token(), null)) {
            for (int i = 0; i < LATENCY_SAMPLES; i++) {
                String body = Device.batch(pos.next(Device.line("o-lat")));
                long sent = System.nanoTime();
                api.post("/v1/events", pos.token(), body);
                millis[i] = (stream.next().arrivedNanos() - sent) / 1e6;
            }
        }
        return percentiles(millis);
    }

    private static double[] longPollLatency(TestServer server, List<Device> devices) throws Exception {
        Api api = server.api();
        Device pos = devices.get(2);
        Device kds = devices.get(3);
        double[] millis = new double[LATENCY_SAMPLES / 2];
        for (int i = 0; i < millis.length; i++) {
            long head = api.get("/v1/health", null).json().get("feedHead").asLong();
            CompletableFuture<Long> arrived = CompletableFuture.supplyAsync(() -> {
                api.get("/v1/events?after=" + head + "&wait=25", kds.token());
                return System.nanoTime();
            });
            Thread.sleep(20);
            String body = Device.batch(pos.next(Device.line("o-lp")));
            long sent = System.nanoTime();
            api.post("/v1/events", pos.token(), body);
            millis[i] = (arrived.get() - sent) / 1e6;
        }
        return percentiles(millis);
    }

    /** CPU time of this JVM (server and clients; the database's own processes are not counted). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of the postgres processes running now (the benchmark's own cluster; 0 on the H2 run). */
    private static long postgresCpuNanos() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L))
                .sum();
    }

    private static double[] percentiles(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new double[] {sorted[(int) (sorted.length * 0.50)], sorted[Math.min(sorted.length - 1,
                (int) Math.ceil(sorted.length * 0.99) - 1)]};
    }
}

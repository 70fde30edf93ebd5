package app.brigade.sync.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP proxy between terminals and the server that injects faults per connection: drop mid-request,
 * drop mid-response (after a random number of bytes), reset (RST), delay every chunk, or black-hole (take
 * the request, never answer). {@link #faults()} counts faults actually injected.
 */
public final class FaultProxy implements AutoCloseable {

    /** The faults this proxy injects. */
    public enum Fault { DROP_REQUEST, DROP_RESPONSE, RESET, DELAY, BLACKHOLE }

    private final int targetPort;
    private final long maxBudget;
    private final ServerSocket listener;
    private final SplittableRandom random;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Map<Fault, AtomicInteger> counts = new EnumMap<>(Fault.class);
    private final AtomicInteger total = new AtomicInteger();
    private volatile double probability;
    private volatile boolean closed;

    /**
     * @param maxBudget a faulty connection breaks after a random number of bytes below this (most below
     *                  250), in the direction its fault applies to
     */
    public FaultProxy(int targetPort, long seed, long maxBudget) throws IOException {
        this.targetPort = targetPort;
        this.maxBudget = maxBudget;
        this.random = new SplittableRandom(seed);
        this.listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        for (Fault f : Fault.values()) {
            counts.put(f, new AtomicInteger());
        }
        Thread.ofPlatform().daemon().name("fault-proxy-accept").start(this::acceptLoop);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** The share of new connections that get a fault (0 = a clean proxy). */
    public void faultProbability(double p) {
        this.probability = p;
    }

    public int faults() {
        return total.get();
    }

    public Map<Fault, Integer> faultsByKind() {
        Map<Fault, Integer> out = new EnumMap<>(Fault.class);
        counts.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** Parks the caller until at least {@code n} faults were injected (load pacing, not a timing guess). */
    public void awaitFaults(int n, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (total.get() < n && System.currentTimeMillis() < deadline) {
            LockSupport.parkNanos(2_000_000);
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                Plan plan;
                synchronized (random) {
                    plan = plan();
                }
                Thread.ofVirtual().start(() -> serve(client, plan));
            } catch (IOException e) {
                if (!closed) {
                    LockSupport.parkNanos(1_000_000);
                }
            }
        }
    }

    private record Plan(Fault fault, long afterBytes, int delayMillis) {
    }

    private Plan plan() {
        if (random.nextDouble() >= probability) {
            return new Plan(null, 0, 0);
        }
        int roll = random.nextInt(100);
        Fault f = roll < 30 ? Fault.DROP_REQUEST : roll < 65 ? Fault.DROP_RESPONSE : roll < 85 ? Fault.RESET
                : roll < 96 ? Fault.DELAY : Fault.BLACKHOLE;
        // Most connections break within their first exchange (OkHttp then retries some calls on a new one);
        // a few carry several requests first.
        long budget = random.nextInt(100) < 90 ? random.nextLong(0, 250) : random.nextLong(0, maxBudget);
        return new Plan(f, budget, 5 + random.nextInt(40));
    }

    private void serve(Socket client, Plan plan) {
        open.add(client);
        try {
            if (plan.fault() == Fault.BLACKHOLE) {
                blackhole(client);
                return;
            }
            try (Socket upstream = new Socket()) {
                open.add(upstream);
                upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 2_000);
                upstream.setTcpNoDelay(true);
                client.setTcpNoDelay(true);
                Fault f = plan.fault();
                long toServerLimit = f == Fault.DROP_REQUEST || f == Fault.RESET && plan.afterBytes() % 2 == 0
                        ? plan.afterBytes() : Long.MAX_VALUE;
                // A delayed connection also drops after its budget, so no connection lives (and is reused) forever.
                long toClientLimit = f == Fault.DROP_RESPONSE || f == Fault.DELAY
                        || f == Fault.RESET && plan.afterBytes() % 2 == 1 ? plan.afterBytes() : Long.MAX_VALUE;
                int delay = f == Fault.DELAY ? plan.delayMillis() : 0;
                Fault onLimit = f == Fault.DELAY ? Fault.DROP_RESPONSE : f;
                Thread up = Thread.ofVirtual().start(() -> pump(client, upstream, toServerLimit, delay, onLimit,
                        client));
                pump(upstream, client, toClientLimit, delay, onLimit, client);
                up.join();
            } finally {
                open.removeIf(s -> s.isClosed());
            }
        } catch (IOException | InterruptedException e) {
            quietClose(client);
        } finally {
            quietClose(client);
            open.remove(client);
        }
    }

    private void pump(Socket from, Socket to, long limit, int delayMillis, Fault fault, Socket client) {
        byte[] buf = new byte[8192];
        long passed = 0;
        boolean delayCounted = false;
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buf)) >= 0) {
                if (delayMillis > 0) {
                    if (!delayCounted) {
                        delayCounted = true;
                        count(Fault.DELAY);
                    }
                    LockSupport.parkNanos(delayMillis * 1_000_000L);
                }
                if (passed + n > limit) {
                    int part = (int) (limit - passed);
                    out.write(buf, 0, part);
                    out.flush();
                    count(fault);
                    if (fault == Fault.RESET) {
                        client.setSoLinger(true, 0);
                    }
                    quietClose(client);
                    quietClose(to);
                    quietClose(from);
                    return;
                }
                out.write(buf, 0, n);
                out.flush();
                passed += n;
            }
            to.shutdownOutput();
        } catch (IOException e) {
            quietClose(from);
            quietClose(to);
        }
    }

    private void blackhole(Socket client) throws IOException {
        InputStream in = client.getInputStream();
        byte[] buf = new byte[8192];
        boolean counted = false;
        while (!closed && in.read(buf) >= 0) {
            if (!counted) {
                counted = true;
                count(Fault.BLACKHOLE);
            }
        }
    }

    private void count(Fault f) {
        counts.get(f).incrementAndGet();
        total.incrementAndGet();
    }

    private static void quietClose(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already broken: that is the point
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        open.forEach(FaultProxy::quietClose);
    }
}

package app.brigade.store.recovery;

import app.brigade.model.protocol.Event;
import app.brigade.store.api.Store;
import app.brigade.store.testkit.Sales;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Child process for {@link KillNineTest}: records whole sales from four threads as fast as it can and
 * prints {@code ACK <eventId>} for every event only after {@code record} returned (i.e. it is durable).
 */
public final class KillNineWriter {

    private KillNineWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                java.nio.charset.StandardCharsets.US_ASCII);
        Store store = Store.open(Sales.options(folder));
        store.record(Sales.CASHIER, null, Sales.shift("shift-k9"));
        synchronized (out) {
            out.println("READY");
            out.flush();
        }
        for (int t = 0; t < 4; t++) {
            Thread.ofPlatform().start(() -> {
                while (true) {
                    var events = Sales.sell(store, "shift-k9", 1).events();
                    StringBuilder lines = new StringBuilder();
                    for (Event e : events) {
                        lines.append("ACK ").append(e.eventId()).append('\n');
                    }
                    synchronized (out) {
                        out.print(lines);
                        out.flush();
                    }
                }
            });
        }
        Thread.currentThread().join();
    }
}

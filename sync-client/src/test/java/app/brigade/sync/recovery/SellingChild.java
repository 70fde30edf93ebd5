package app.brigade.sync.recovery;

import app.brigade.sync.SyncSettings;
import app.brigade.sync.enroll.DeviceCredentials;
import app.brigade.sync.testkit.Terminal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A terminal in its own JVM for the kill -9 test: sells orders without end, pushing in small batches,
 * and prints {@code sold N} after each; the parent kills it mid-push. Args: store folder, server URL,
 * device id, token.
 */
public final class SellingChild {

    private SellingChild() {
    }

    public static void main(String[] args) {
        DeviceCredentials me = new DeviceCredentials(URI.create(args[1]), args[2], args[3], "child", "pos",
                Instant.now());
        SyncSettings settings = Terminal.fastSettings().pushBatch(7).build();
        Terminal t = Terminal.start(Path.of(args[0]), me, "K", settings);
        for (int n = 1; ; n++) {
            t.sellOrder();
            System.out.println("sold " + n);
            System.out.flush();
        }
    }
}

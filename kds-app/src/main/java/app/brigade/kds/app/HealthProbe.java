package app.brigade.kds.app;

import app.brigade.ui.status.Connectivity;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Decides online/degraded/offline by asking the server's {@code GET /v1/health} (DESIGN §3: by a real
 * call, not by the OS). Blocking; run it off the FX thread.
 */
public final class HealthProbe {

    /** A health reply slower than this counts as degraded. */
    static final Duration SLOW = Duration.ofMillis(1500);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final URI health;

    public HealthProbe(String serverUrl) {
        this.health = URI.create(serverUrl.replaceAll("/+$", "") + "/v1/health");
    }

    public Connectivity check() {
        long start = System.nanoTime();
        try {
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET()
                    .build(), HttpResponse.BodyHandlers.discarding());
            boolean slow = Duration.ofNanos(System.nanoTime() - start).compareTo(SLOW) > 0;
            return r.statusCode() == 200 && !slow ? Connectivity.ONLINE
                    : r.statusCode() < 500 && r.statusCode() != 200 ? Connectivity.OFFLINE : Connectivity.DEGRADED;
        } catch (java.io.IOException e) {
            return Connectivity.OFFLINE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Connectivity.OFFLINE;
        }
    }
}

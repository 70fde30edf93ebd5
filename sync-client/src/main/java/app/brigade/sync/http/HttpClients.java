package app.brigade.sync.http;

import app.brigade.sync.SyncSettings;
import app.brigade.sync.tls.TrustSetup;
import java.net.URI;
import okhttp3.OkHttpClient;

/** Builds the terminal's one shared OkHttp client: every timeout set, TLS trust and pins applied. */
public final class HttpClients {

    private HttpClients() {
    }

    /** The client for {@code server}; LAN peers and long calls derive from it with {@code newBuilder()}. */
    public static OkHttpClient create(SyncSettings settings, URI server) {
        OkHttpClient.Builder b = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.writeTimeout())
                .callTimeout(settings.callTimeout())
                .followRedirects(false)
                .retryOnConnectionFailure(true);
        if (server != null && server.getHost() != null) {
            TrustSetup.apply(b, server.getHost(), settings.tls());
        }
        return b.build();
    }

    /** Stops the client's threads and closes its pooled connections. */
    public static void shutdown(OkHttpClient client) {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}

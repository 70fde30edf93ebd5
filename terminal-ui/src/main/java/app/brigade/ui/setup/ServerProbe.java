package app.brigade.ui.setup;

import app.brigade.sync.SyncSettings;
import app.brigade.sync.http.HttpClients;
import app.brigade.ui.setup.ConnectionCheck.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Asks a server address {@code GET /v1/health} (open, no token) with the terminal's own HTTP client
 * settings (timeouts, TLS trust) and says whether a healthy Brigade server answered. Blocking: call
 * it off the FX thread.
 */
public final class ServerProbe {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The {@code type} prefix of the server's problem+json replies (sync-server's ProblemException). */
    private static final String BRIGADE_PROBLEM = "urn:brigade:problem:";

    private final SyncSettings settings;

    public ServerProbe(SyncSettings settings) {
        this.settings = settings;
    }

    public ConnectionCheck check(URI server) {
        HttpUrl base = HttpUrl.parse(server.toString().endsWith("/") ? server.toString() : server + "/");
        if (base == null) {
            return new ConnectionCheck.Failed(server, Problem.NOT_BRIGADE, "not an http:// or https:// address");
        }
        HttpUrl health = base.resolve("v1/health");
        OkHttpClient client = HttpClients.create(settings, server);
        try (Response r = client.newCall(new Request.Builder().url(health).get().build()).execute()) {
            return reply(server, r, r.body().string());
        } catch (UnknownHostException e) {
            return new ConnectionCheck.Failed(server, Problem.UNKNOWN_HOST, server.getHost());
        } catch (ConnectException | NoRouteToHostException e) {
            return new ConnectionCheck.Failed(server, Problem.REFUSED, firstLine(e));
        } catch (SSLException e) {
            return new ConnectionCheck.Failed(server, Problem.TLS, firstLine(e));
        } catch (SocketTimeoutException e) {
            return new ConnectionCheck.Failed(server, Problem.TIMEOUT, firstLine(e));
        } catch (InterruptedIOException e) {
            return new ConnectionCheck.Failed(server, Problem.TIMEOUT, firstLine(e));
        } catch (IOException e) {
            return new ConnectionCheck.Failed(server, Problem.NETWORK, e.getClass().getSimpleName() + ": "
                    + firstLine(e));
        } finally {
            HttpClients.shutdown(client);
        }
    }

    private static ConnectionCheck reply(URI server, Response r, String body) {
        MediaType type = r.body().contentType();
        boolean json = type != null && type.subtype().contains("json");
        String what = "GET /v1/health answered HTTP " + r.code();
        if (r.isRedirect()) {
            return new ConnectionCheck.Failed(server, Problem.NOT_BRIGADE, what + ", a redirect to "
                    + r.header("Location", "?") + "; use that address");
        }
        JsonNode node = json ? parse(body) : null;
        if (r.code() == 200) {
            if (node != null && "ok".equals(node.path("status").asText()) && node.path("version").isTextual()) {
                return new ConnectionCheck.Connected(server, node.path("version").asText(),
                        node.path("dialect").asText(""));
            }
            return new ConnectionCheck.Failed(server, Problem.NOT_BRIGADE, what + " with "
                    + (type == null ? "no content type" : type.type() + "/" + type.subtype())
                    + ", not a Brigade health reply");
        }
        if (node != null && node.path("type").asText("").startsWith(BRIGADE_PROBLEM)) {
            String detail = node.path("detail").asText(node.path("title").asText(""));
            return new ConnectionCheck.Failed(server, r.code() >= 500 ? Problem.UNHEALTHY : Problem.NOT_BRIGADE,
                    what + (detail.isEmpty() ? "" : ": " + detail));
        }
        return new ConnectionCheck.Failed(server, Problem.NOT_BRIGADE, what);
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}

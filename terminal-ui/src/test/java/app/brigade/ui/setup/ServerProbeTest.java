package app.brigade.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.sync.SyncSettings;
import app.brigade.sync.testkit.LiveServer;
import app.brigade.ui.setup.ConnectionCheck.Problem;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Test connection" against a real Brigade server, a closed port, a web server that is not Brigade, and more. */
class ServerProbeTest {

    @TempDir
    Path dir;

    private final ServerProbe probe = new ServerProbe(SyncSettings.defaults());

    @Test
    void aRunningBrigadeServerIsConnectedWithItsVersionAndDatabase() {
        try (LiveServer server = LiveServer.start(dir)) {
            ConnectionCheck check = probe.check(server.uri());

            assertThat(check).isInstanceOfSatisfying(ConnectionCheck.Connected.class, ok -> {
                assertThat(ok.server()).isEqualTo(server.uri());
                assertThat(ok.version()).isNotBlank();
                assertThat(ok.database()).isEqualTo("h2");
            });
        }
    }

    @Test
    void aClosedPortIsRefused() throws Exception {
        URI closed = URI.create("http://127.0.0.1:" + FirstRunViewModelTest.closedPort());

        assertThat(probe.check(closed)).isInstanceOfSatisfying(ConnectionCheck.Failed.class,
                f -> assertThat(f.problem()).isEqualTo(Problem.REFUSED));
    }

    @Test
    void anUnknownHostIsNamed() {
        URI nowhere = URI.create("http://brigade-first-run-test.invalid:8080");

        assertThat(probe.check(nowhere)).isInstanceOfSatisfying(ConnectionCheck.Failed.class, f -> {
            assertThat(f.problem()).isEqualTo(Problem.UNKNOWN_HOST);
            assertThat(f.detail()).isEqualTo("brigade-first-run-test.invalid");
        });
    }

    @Test
    void httpsSpokenToAPlainHttpServerIsATlsFailure() {
        try (LiveServer server = LiveServer.start(dir)) {
            URI https = URI.create("https://127.0.0.1:" + server.port());

            assertThat(probe.check(https)).isInstanceOfSatisfying(ConnectionCheck.Failed.class,
                    f -> assertThat(f.problem()).isEqualTo(Problem.TLS));
        }
    }

    @Test
    void aWebServerThatIsNotBrigadeIsToldApart() throws Exception {
        HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        web.createContext("/", exchange -> {
            byte[] page = "<html><body>It works!</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/v1/health") ? 404 : 200,
                    page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        web.createContext("/ok/", exchange -> {
            byte[] page = "<html>a router's login page</html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        web.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + web.getAddress().getPort());

            assertThat(probe.check(base)).isInstanceOfSatisfying(ConnectionCheck.Failed.class, f -> {
                assertThat(f.problem()).isEqualTo(Problem.NOT_BRIGADE);
                assertThat(f.detail()).isEqualTo("GET /v1/health answered HTTP 404");
            });
            assertThat(probe.check(base.resolve("/ok"))).isInstanceOfSatisfying(ConnectionCheck.Failed.class, f -> {
                assertThat(f.problem()).isEqualTo(Problem.NOT_BRIGADE);
                assertThat(f.detail()).isEqualTo("GET /v1/health answered HTTP 200 with text/html, not a Brigade"
                        + " health reply");
            });
        } finally {
            web.stop(0);
        }
    }
}

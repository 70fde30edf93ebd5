package app.brigade.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.server.ServerConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Starts a fresh server on a fresh database before each test; subclasses pick H2 or PostgreSQL. */
public abstract class ServerTestBase {

    @TempDir
    protected Path tempDir;

    protected TestServer server;
    protected Api api;

    /** A builder pointing at a fresh, empty database of the subclass's dialect. */
    protected abstract ServerConfig.Builder freshDatabase(Path dir);

    @BeforeEach
    void startServer() {
        server = TestServer.start(freshDatabase(tempDir));
        api = server.api();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** The problem reply every refusal must be: the status, problem+json, and the stable type slug. */
    protected static void assertProblem(Api.Response r, int status, String slug) {
        assertThat(r.status()).as("status of %s", r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.problem()).as("problem type of %s", r.body()).isEqualTo(slug);
        assertThat(r.json().path("detail").asText()).isNotBlank();
    }

    protected long feedHead() {
        return server.api().get("/v1/health", null).json().get("feedHead").asLong();
    }
}

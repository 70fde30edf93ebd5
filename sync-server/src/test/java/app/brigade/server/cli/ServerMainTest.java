package app.brigade.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.server.BrigadeServer;
import app.brigade.server.ServerConfig;
import app.brigade.server.support.Api;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line: help, clear errors for bad values, and the admin commands against an H2 data folder. */
class ServerMainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new ServerMain(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"server", "enroll", "import-catalog", "create-admin-token", "revoke-device"})
    void everyCommandHasHelp(String command) {
        int code = command.equals("server") ? run("--help") : run(command, "--help");
        assertThat(code).isZero();
        assertThat(out()).startsWith("Usage: server");
    }

    @Test
    void badValuesNameTheKeyTheValueAndWhatIsAllowed() {
        assertThat(run("--port", "eighty")).isEqualTo(2);
        assertThat(err()).contains("--port").contains("eighty").contains("0 to 65535");
        assertThat(run("--port", "70000")).isEqualTo(2);
        assertThat(run("--colour", "blue")).isEqualTo(2);
        assertThat(err()).contains("--colour").contains("allowed").contains("--port");
        assertThat(run("--db", "mysql://x")).isEqualTo(2);
        assertThat(err()).contains("jdbc:postgresql://");
        assertThat(run("enroll", "--name", "Bar", "--kind", "toaster", "--data", dir.toString())).isEqualTo(2);
        assertThat(err()).contains("toaster").contains("pos or kds");
        assertThat(run("enroll", "--kind", "pos", "--data", dir.toString())).isEqualTo(2);
        assertThat(err()).contains("--name is required");
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).contains("frobnicate").contains("enroll");
        assertThat(run("--port")).isEqualTo(2);
        assertThat(err()).contains("--port needs a value");
    }

    @Test
    void aConfigFileWithAnUnknownKeyOrBadValueIsRefused() throws Exception {
        Path config = dir.resolve("server.properties");
        Files.writeString(config, "prot=8080\n");
        assertThat(run("create-admin-token", "--config", config.toString())).isEqualTo(2);
        assertThat(err()).contains("prot").contains("allowed").contains("port");
        Files.writeString(config, "port=abc\n");
        assertThat(run("create-admin-token", "--config", config.toString())).isEqualTo(2);
        assertThat(err()).contains("port").contains("abc").contains("0 to 65535");
        assertThat(run("--config", dir.resolve("missing.properties").toString())).isEqualTo(2);
        assertThat(err()).contains("missing.properties");
    }

    @Test
    void adminCommandsWorkOnTheDataFolderAndTheServerAcceptsTheirResults() throws Exception {
        Path data = dir.resolve("data");
        assertThat(run("create-admin-token", "--data", data.toString())).isZero();
        String adminToken = out().strip();
        assertThat(adminToken).hasSize(43);
        assertThat(run("enroll", "--name", "Bar POS", "--kind", "pos", "--data", data.toString())).isZero();
        String code = out().strip();
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        Path catalog = dir.resolve("catalog.json");
        Files.writeString(catalog, CATALOG);
        assertThat(run("import-catalog", catalog.toString(), "--data", data.toString())).isZero();
        assertThat(out()).contains("version 1");
        Files.writeString(catalog, CATALOG.replace("\"price\": 450", "\"price\": -5"));
        assertThat(run("import-catalog", catalog.toString(), "--data", data.toString())).isEqualTo(2);
        assertThat(err()).contains("items[0].price");
        assertThat(run("import-catalog", dir.resolve("nope.json").toString(), "--data", data.toString()))
                .isEqualTo(2);
        assertThat(err()).contains("nope.json");
        assertThat(run("revoke-device", "--device", "pos-unknown", "--data", data.toString())).isEqualTo(2);
        assertThat(err()).contains("pos-unknown");

        try (BrigadeServer server = BrigadeServer.start(ServerConfig.builder().dataDir(data).host("127.0.0.1")
                .port(0).build())) {
            Api api = new Api("http://127.0.0.1:" + server.port());
            assertThat(api.get("/v1/catalog", adminToken).status()).isEqualTo(200);
            Api.Response enrolled = api.post("/v1/devices/enroll", null, "{\"code\":\"" + code + "\"}");
            assertThat(enrolled.status()).isEqualTo(201);
            assertThat(enrolled.json().get("name").asText()).isEqualTo("Bar POS");
        }
    }

    static final String CATALOG = """
            {"version": 0,
             "settings": {"storeName": "Chez CLI", "address": "", "currency": "EUR", "taxRounding": "PER_LINE",
                          "roundingMode": "HALF_UP", "cashRoundingIncrement": 1},
             "categories": [{"id": "mains", "name": "Mains", "color": "#c33", "sortOrder": 1}],
             "items": [{"id": "burger", "name": "Burger", "categoryId": "mains", "price": 450, "taxClassId": "std",
                        "active": true}],
             "taxClasses": [{"id": "std", "name": "Standard", "rate": 2000, "inclusive": true}]}
            """;
}

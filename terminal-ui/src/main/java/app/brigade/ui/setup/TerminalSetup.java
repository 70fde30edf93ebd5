package app.brigade.ui.setup;

import app.brigade.sync.SyncSettings;
import app.brigade.sync.enroll.DeviceCredentials;
import app.brigade.sync.enroll.TokenFile;
import app.brigade.sync.http.ApiFailure;
import app.brigade.sync.http.ApiResult;
import app.brigade.sync.http.EnrollReply;
import app.brigade.sync.http.HttpClients;
import app.brigade.sync.http.SyncApi;
import app.brigade.ui.config.ConfigWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;

/**
 * What the first-run wizard does, without JavaFX: tests a server address, enrolls on it, and writes
 * the terminal's settings file with the keys the apps read ({@code terminal.name}, {@code data.dir},
 * {@code server.url}). The data folder is put beside the settings file. Blocking: call it off the FX thread.
 */
public final class TerminalSetup {

    private final TerminalKind kind;
    private final Path configFile;
    private final SyncSettings settings;
    private final ServerProbe probe;

    public TerminalSetup(TerminalKind kind, Path configFile) {
        this(kind, configFile, SyncSettings.defaults());
    }

    public TerminalSetup(TerminalKind kind, Path configFile, SyncSettings settings) {
        this.kind = kind;
        this.configFile = configFile.toAbsolutePath();
        this.settings = settings;
        this.probe = new ServerProbe(settings);
    }

    public TerminalKind kind() {
        return kind;
    }

    /** The settings file the wizard writes (and the app then starts with). */
    public Path configFile() {
        return configFile;
    }

    /** "Test connection": asks the server's health endpoint. */
    public ConnectionCheck check(URI server) {
        return probe.check(server);
    }

    /**
     * Writes the settings of a standalone terminal called {@code name}. Its data folder is
     * {@code <folder of the settings>/<terminal id>}, where an earlier standalone terminal of that name
     * kept its data, unless an enrolled terminal's data is there.
     *
     * @return the folder the terminal's data goes to
     * @throws IOException when the settings cannot be written
     */
    public Path standalone(String name) throws IOException {
        Path data = dataDir(SetupForm.terminalId(name), dir -> !Files.exists(TokenFile.in(dir)));
        write(name.strip(), data, null);
        return data;
    }

    /**
     * Checks the server, redeems {@code code} as a terminal of this kind called {@code name}, keeps the
     * token in a fresh data folder and only then writes the settings, so a failure leaves no settings
     * behind.
     *
     * @throws IOException when the token or the settings cannot be written (the code is spent then)
     */
    public EnrollOutcome enroll(URI server, String code, String name) throws IOException {
        if (probe.check(server) instanceof ConnectionCheck.Failed failed) {
            return new EnrollOutcome.Unreachable(failed);
        }
        // A new device id needs a store of its own: never reuse a folder that holds another terminal's data.
        Path data = dataDir(SetupForm.terminalId(name), TerminalSetup::emptyOrMissing);
        OkHttpClient client = HttpClients.create(settings, server);
        try {
            SyncApi api = new SyncApi(server, client, null, settings.streamReadTimeout());
            return switch (api.enroll(code.strip(), name.strip(), kind.wire())) {
                case ApiResult.Ok<EnrollReply> ok -> {
                    EnrollReply r = ok.value();
                    DeviceCredentials c = new DeviceCredentials(server, r.deviceId(), r.token(), r.name(), r.kind(),
                            Clock.systemUTC().instant());
                    try {
                        TokenFile.write(data, c);
                    } catch (java.io.UncheckedIOException e) {
                        throw e.getCause();
                    }
                    write(name.strip(), data, server);
                    yield new EnrollOutcome.Enrolled(server, c.deviceId(), configFile, data);
                }
                case ApiResult.Failed<EnrollReply> f -> refused(server, f.failure());
            };
        } finally {
            HttpClients.shutdown(client);
        }
    }

    private static EnrollOutcome refused(URI server, ApiFailure failure) {
        boolean answered = failure.kind() == ApiFailure.Kind.REFUSED || failure.kind() == ApiFailure.Kind.UNAUTHORIZED;
        return new EnrollOutcome.Refused(server, failure.problemType(), answered ? failure.detail()
                : failure.message());
    }

    private void write(String name, Path data, URI server) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("terminal.name", name);
        values.put("data.dir", data.toString());
        if (server != null) {
            values.put("server.url", server.toString());
        }
        ConfigWriter.write(configFile, "Brigade " + kind.wire().toUpperCase(java.util.Locale.ROOT)
                + " settings, written by the first-run wizard on " + LocalDate.now() + ".\n"
                + (server == null ? "Standalone: no server.url, this terminal keeps its data to itself."
                        : "Enrolled on " + server + "; the token is in " + TokenFile.in(data) + ".")
                + "\nEvery key is described in the README (Configuration).", values);
    }

    /** {@code <folder>/<id>}, else {@code <id>-2}, {@code <id>-3}… : the first folder {@code usable} accepts. */
    private Path dataDir(String id, Predicate<Path> usable) {
        Path folder = configFile.getParent();
        for (int n = 1; ; n++) {
            Path candidate = folder.resolve(n == 1 ? id : id + "-" + n);
            if (usable.test(candidate)) {
                return candidate;
            }
        }
    }

    private static boolean emptyOrMissing(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}

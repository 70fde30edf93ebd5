package app.brigade.sync.enroll;

import app.brigade.sync.SyncSettings;
import app.brigade.sync.http.ApiResult;
import app.brigade.sync.http.EnrollReply;
import app.brigade.sync.http.HttpClients;
import app.brigade.sync.http.SyncApi;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * Enrolls a terminal: redeems the manager's one-time code on the server and keeps the device id and
 * token in the config folder's token file. Also loads it back, refusing a different configured server.
 */
public final class Enrollment {

    private Enrollment() {
    }

    /**
     * Enrolls on {@code server} with {@code code} and writes the token file.
     *
     * @param kind            {@code pos} or {@code kds}
     * @param replaceExisting false refuses to overwrite an existing enrollment
     * @throws EnrollmentException with the server's reason (unknown, used or expired code…) or the network error
     */
    public static DeviceCredentials enroll(URI server, String code, String terminalName, String kind,
            Path configFolder, SyncSettings settings, boolean replaceExisting) {
        Optional<DeviceCredentials> existing = TokenFile.read(configFolder);
        if (existing.isPresent() && !replaceExisting) {
            throw new EnrollmentException("this terminal is already enrolled as '" + existing.get().deviceId()
                    + "' on " + existing.get().server() + " (" + TokenFile.in(configFolder) + "); confirm to replace"
                    + " that enrollment");
        }
        OkHttpClient client = HttpClients.create(settings, server);
        try {
            SyncApi api = new SyncApi(server, client, null, settings.streamReadTimeout());
            return switch (api.enroll(code, terminalName, kind)) {
                case ApiResult.Ok<EnrollReply> ok -> {
                    EnrollReply r = ok.value();
                    DeviceCredentials c = new DeviceCredentials(server, r.deviceId(), r.token(), r.name(), r.kind(),
                            Clock.systemUTC().instant());
                    TokenFile.write(configFolder, c);
                    yield c;
                }
                case ApiResult.Failed<EnrollReply> failed -> throw new EnrollmentException("enrolling on " + server
                        + " failed: " + failed.failure().message());
            };
        } finally {
            HttpClients.shutdown(client);
        }
    }

    /**
     * The stored enrollment for {@code configuredServer}.
     *
     * @throws EnrollmentException          when the terminal is not enrolled
     * @throws EnrollmentMismatchException  when it is enrolled on another server
     */
    public static DeviceCredentials load(Path configFolder, URI configuredServer) {
        DeviceCredentials c = TokenFile.read(configFolder).orElseThrow(() -> new EnrollmentException(
                "this terminal is not enrolled (no " + TokenFile.in(configFolder) + "); enroll it with an"
                        + " enrollment code from the manager"));
        c.requireServer(configuredServer);
        return c;
    }
}

package app.brigade.sync.enroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.brigade.server.ServerConfig;
import app.brigade.server.auth.DeviceKind;
import app.brigade.sync.SyncSettings;
import app.brigade.sync.testkit.LiveServer;
import app.brigade.sync.tls.TlsSettings;
import app.brigade.sync.tls.TrustSetup;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Over HTTPS the terminal trusts the system store plus a configured CA, and can pin the server's key. */
class TlsTest {

    @TempDir
    Path dir;

    @Test
    void aConfiguredCaIsTrustedAPinMustMatchAndAnUnknownCertificateIsRefused() throws Exception {
        Path keystore = dir.resolve("server.p12");
        Path pem = dir.resolve("server.pem");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        exec(keytool, "-genkeypair", "-alias", "brigade", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "825", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit");
        exec(keytool, "-exportcert", "-rfc", "-alias", "brigade", "-keystore", keystore.toString(), "-storepass",
                "changeit", "-file", pem.toString());
        try (LiveServer server = LiveServer.start(dir, ServerConfig.builder().keystore(keystore)
                .keystorePassword("changeit"))) {
            URI https = URI.create("https://127.0.0.1:" + server.port());
            TlsSettings withCa = TlsSettings.system().withExtraCa(pem);
            String pin = TrustSetup.pinOf(TrustSetup.readPem(pem).getFirst());

            DeviceCredentials me = Enrollment.enroll(https, server.code("A", DeviceKind.POS), "A", "pos",
                    dir.resolve("a"), SyncSettings.builder().tls(withCa.withPins(List.of(pin))).build(), false);
            assertThat(me.server()).isEqualTo(https);

            assertThatThrownBy(() -> Enrollment.enroll(https, server.code("B", DeviceKind.POS), "B", "pos",
                    dir.resolve("b"), SyncSettings.defaults(), false))
                    .isInstanceOf(EnrollmentException.class).hasMessageContaining("TLS handshake failed");
            String wrongPin = "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
            assertThatThrownBy(() -> Enrollment.enroll(https, server.code("C", DeviceKind.POS), "C", "pos",
                    dir.resolve("c"), SyncSettings.builder().tls(withCa.withPins(List.of(wrongPin))).build(), false))
                    .isInstanceOf(EnrollmentException.class).hasMessageContaining("does not match the configured pin");
        }
    }

    private static void exec(String... command) throws Exception {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }
}

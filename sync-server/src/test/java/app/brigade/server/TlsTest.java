package app.brigade.server;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.server.support.Api;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a keystore configured the server speaks HTTPS, set up exactly as docs/server-tls.md tells a store. */
class TlsTest {

    @TempDir
    Path dir;

    @Test
    void aConfiguredKeystoreServesHttpsThatATerminalTrustingTheCertificateCanReach() throws Exception {
        Path keystore = dir.resolve("server.p12");
        Path cert = dir.resolve("server.crt");
        Path truststore = dir.resolve("terminal-trust.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        exec(keytool, "-genkeypair", "-alias", "brigade", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "825",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit");
        exec(keytool, "-exportcert", "-rfc", "-alias", "brigade", "-keystore", keystore.toString(), "-storepass",
                "changeit", "-file", cert.toString());
        exec(keytool, "-importcert", "-noprompt", "-alias", "brigade", "-file", cert.toString(), "-storetype",
                "PKCS12", "-keystore", truststore.toString(), "-storepass", "changeit");

        try (BrigadeServer server = BrigadeServer.start(ServerConfig.builder().dataDir(dir.resolve("data"))
                .host("127.0.0.1").port(0).keystore(keystore).keystorePassword("changeit").build())) {
            Api https = new Api("https://127.0.0.1:" + server.port(), trusting(truststore));

            Api.Response health = https.get("/v1/health", null);

            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().get("status").asText()).isEqualTo("ok");
        }
    }

    private static SSLContext trusting(Path truststore) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(truststore)) {
            trust.load(in, "changeit".toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return ssl;
    }

    private static void exec(String... command) throws Exception {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }
}

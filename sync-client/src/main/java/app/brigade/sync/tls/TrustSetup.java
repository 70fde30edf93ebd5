package app.brigade.sync.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.CertificatePinner;
import okhttp3.OkHttpClient;

/** Applies {@link TlsSettings} to an OkHttp client builder: system trust + optional CA, optional pins. */
public final class TrustSetup {

    private TrustSetup() {
    }

    /**
     * Configures {@code builder} for {@code host}.
     *
     * @throws IllegalArgumentException when the CA file is missing or holds no certificate
     */
    public static OkHttpClient.Builder apply(OkHttpClient.Builder builder, String host, TlsSettings tls) {
        if (tls.extraCaPem().isPresent()) {
            X509TrustManager trust = trustManager(tls.extraCaPem().get());
            try {
                SSLContext ssl = SSLContext.getInstance("TLS");
                ssl.init(null, new TrustManager[] {trust}, null);
                builder.sslSocketFactory(ssl.getSocketFactory(), trust);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot set up TLS with the CA " + tls.extraCaPem().get(), e);
            }
        }
        if (!tls.pins().isEmpty()) {
            CertificatePinner.Builder pinner = new CertificatePinner.Builder();
            for (String pin : tls.pins()) {
                pinner.add(host, pin);
            }
            builder.certificatePinner(pinner.build());
        }
        return builder;
    }

    /** The system's trusted CAs plus every certificate in {@code pem}. */
    public static X509TrustManager trustManager(Path pem) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (X509Certificate ca : systemTrustManager().getAcceptedIssuers()) {
                store.setCertificateEntry("system-" + n++, ca);
            }
            List<X509Certificate> extra = readPem(pem);
            for (int i = 0; i < extra.size(); i++) {
                store.setCertificateEntry("configured-" + i, extra.get(i));
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            return x509(tmf.getTrustManagers());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("cannot use the CA certificate file " + pem + ": " + e.getMessage(), e);
        }
    }

    /** The pin OkHttp's {@link CertificatePinner} expects for this certificate's public key. */
    public static String pinOf(X509Certificate certificate) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(certificate.getPublicKey().getEncoded());
            return "sha256/" + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Reads every certificate of a PEM (or DER) file. */
    public static List<X509Certificate> readPem(Path pem) throws IOException, GeneralSecurityException {
        if (!Files.isRegularFile(pem)) {
            throw new IOException("CA certificate file " + pem + " does not exist");
        }
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
            List<X509Certificate> out = new ArrayList<>();
            for (Certificate c : certs) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) {
                throw new IOException("CA certificate file " + pem + " holds no certificate");
            }
            return out;
        }
    }

    private static X509TrustManager systemTrustManager() throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init((KeyStore) null);
        return x509(tmf.getTrustManagers());
    }

    private static X509TrustManager x509(TrustManager[] managers) {
        for (TrustManager m : managers) {
            if (m instanceof X509TrustManager x) {
                return x;
            }
        }
        throw new IllegalStateException("the JDK offers no X509TrustManager");
    }
}

package app.brigade.sync.tls;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How a terminal trusts the server: always the system trust store, plus an optional CA certificate
 * (PEM file, for a store's own CA or a self-signed server), plus optional public-key pins in OkHttp's
 * {@code sha256/BASE64=} form (any one must match the server's chain).
 */
public record TlsSettings(Optional<Path> extraCaPem, List<String> pins) {

    public TlsSettings {
        extraCaPem = extraCaPem == null ? Optional.empty() : extraCaPem;
        pins = pins == null ? List.of() : List.copyOf(pins);
        for (String pin : pins) {
            if (!pin.startsWith("sha256/") || pin.length() < 20) {
                throw new IllegalArgumentException("certificate pin '" + pin
                        + "' is not in the form sha256/BASE64= (the SHA-256 of the server's public key)");
            }
        }
    }

    /** System trust store only, no pins. */
    public static TlsSettings system() {
        return new TlsSettings(Optional.empty(), List.of());
    }

    public TlsSettings withExtraCa(Path pem) {
        return new TlsSettings(Optional.of(pem), pins);
    }

    public TlsSettings withPins(List<String> newPins) {
        return new TlsSettings(extraCaPem, newPins);
    }
}

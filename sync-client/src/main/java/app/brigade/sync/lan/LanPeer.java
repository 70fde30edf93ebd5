package app.brigade.sync.lan;

import java.net.URI;
import java.util.Objects;

/**
 * A kitchen display (or POS) on the LAN that takes the same {@code POST /v1/events} contract as the
 * server: its short name (used in the delivery cursor {@code lan:<name>}), base URL and bearer token.
 */
public record LanPeer(String name, URI url, String token) {

    public LanPeer {
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,60}")) {
            throw new IllegalArgumentException("LAN peer name must be 1 to 60 letters, digits, '.', '_' or '-' (e.g."
                    + " kds-grill), got '" + name + "'");
        }
        Objects.requireNonNull(url, "url of LAN peer " + name);
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("LAN peer " + name + " URL must be http:// or https://, got " + url);
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("LAN peer " + name + " needs a bearer token (the kitchen display's LAN"
                    + " key)");
        }
    }

    /** The name of this peer's delivery cursor in the store. */
    public String cursorName() {
        return "lan:" + name;
    }

    @Override
    public String toString() {
        return "LanPeer[" + name + " " + url + "]";
    }
}

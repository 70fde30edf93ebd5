package app.brigade.pos.app;

import app.brigade.ui.config.ConfigFile;
import app.brigade.ui.theme.Theme;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * A POS terminal's settings (the documented keys of {@code pos.properties}). Defaults just work:
 * a standalone terminal on the demo restaurant with no printer, its data in the Brigade home folder.
 */
public record PosConfig(
        String terminalName,
        String deviceId,
        String orderPrefix,
        Path dataDir,
        Locale locale,
        Path catalogFile,
        PrinterKind printerType,
        String printerPort,
        int printerBaud,
        int printerColumns,
        String printerCodePage,
        int drawerPin,
        String serverUrl,
        Path exportDir,
        java.util.List<app.brigade.sync.lan.LanPeer> kdsPeers,
        Theme.Variant theme) {

    /** How the receipt printer is reached. */
    public enum PrinterKind {
        NONE,
        SERIAL,
        TCP
    }

    /** The POS's look when {@code theme} is not set: the light Primer variant it has always shown. */
    public static final Theme.Variant DEFAULT_THEME = Theme.Variant.LIGHT;

    public static final Set<String> KEYS = Set.of("terminal.name", "terminal.id", "terminal.prefix", "data.dir",
            "locale", "catalog.file", "printer.type", "printer.port", "printer.baud", "printer.columns",
            "printer.codepage", "drawer.pin", "server.url", "export.dir", "kds.peers", "lan.token", "theme");

    public static PosConfig from(ConfigFile f) {
        f.requireOnly(KEYS);
        String name = f.pattern("terminal.name", "POS-1", "[\\p{L}\\p{N} ._-]{1,32}",
                "1 to 32 letters, digits, spaces, dots, dashes");
        String id = f.pattern("terminal.id", name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-"),
                "[a-z0-9-]{1,64}", "1 to 64 lower-case letters, digits or dashes");
        String prefix = f.pattern("terminal.prefix", "A", "[A-Za-z0-9]{1,8}", "1 to 8 letters or digits");
        PrinterKind kind = f.choice("printer.type", PrinterKind.class, PrinterKind.NONE);
        String port = f.string("printer.port", null);
        if (kind != PrinterKind.NONE && port == null) {
            throw new app.brigade.ui.config.ConfigException("printer.type=" + kind.name().toLowerCase(Locale.ROOT)
                    + " needs printer.port (a serial port such as /dev/ttyUSB0 or COM3, or host:port for tcp)");
        }
        if (kind == PrinterKind.TCP && !port.matches("[^:\\s]+:\\d{1,5}")) {
            throw new app.brigade.ui.config.ConfigException("printer.port=" + port
                    + " is not valid for a tcp printer; allowed: host:port, e.g. 192.0.2.10:9100");
        }
        int columns = f.integer("printer.columns", 42, 32, 48);
        if (columns != 32 && columns != 42 && columns != 48) {
            throw new app.brigade.ui.config.ConfigException("printer.columns=" + columns
                    + " is not valid; allowed: 32, 42 or 48");
        }
        int drawer = f.integer("drawer.pin", 2, 2, 5);
        if (drawer != 2 && drawer != 5) {
            throw new app.brigade.ui.config.ConfigException("drawer.pin=" + drawer + " is not valid; allowed: 2 or 5");
        }
        String server = f.pattern("server.url", null, "https?://\\S+", "an http:// or https:// URL");
        Path data = f.path("data.dir", app.brigade.ui.config.BrigadeHome.dir().resolve(id));
        java.util.List<app.brigade.sync.lan.LanPeer> peers = peers(f);
        return new PosConfig(name, id, prefix, data, f.locale("locale", Locale.getDefault()),
                f.path("catalog.file", null), kind, port, f.integer("printer.baud", 38_400, 1_200, 921_600), columns,
                f.pattern("printer.codepage", "CP858", "CP437|CP858|WPC1252", "CP437, CP858 or WPC1252"), drawer,
                server, f.path("export.dir", data.resolve("exports")), peers,
                f.choice("theme", Theme.Variant.class, DEFAULT_THEME));
    }

    /** {@code kds.peers=grill=http://10.0.0.21:7081,bar=http://10.0.0.22:7081} with the shared {@code lan.token}. */
    private static java.util.List<app.brigade.sync.lan.LanPeer> peers(ConfigFile f) {
        String list = f.string("kds.peers", null);
        if (list == null) {
            return java.util.List.of();
        }
        String token = f.string("lan.token", null);
        if (token == null || token.length() < 16) {
            throw new app.brigade.ui.config.ConfigException("kds.peers needs lan.token (the KDS's LAN token, at least"
                    + " 16 characters)");
        }
        java.util.List<app.brigade.sync.lan.LanPeer> out = new java.util.ArrayList<>();
        for (String entry : list.split(",")) {
            String[] kv = entry.strip().split("=", 2);
            if (kv.length != 2 || !kv[1].matches("https?://\\S+")) {
                throw new app.brigade.ui.config.ConfigException("kds.peers entry '" + entry.strip()
                        + "' is not valid; allowed: name=http://host:port, comma separated");
            }
            try {
                out.add(new app.brigade.sync.lan.LanPeer(kv[0].strip(), java.net.URI.create(kv[1].strip()), token));
            } catch (IllegalArgumentException e) {
                throw new app.brigade.ui.config.ConfigException("kds.peers entry '" + entry.strip() + "': "
                        + e.getMessage());
            }
        }
        return java.util.List.copyOf(out);
    }
}

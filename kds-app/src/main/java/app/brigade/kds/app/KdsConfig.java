package app.brigade.kds.app;

import app.brigade.kds.board.Thresholds;
import app.brigade.kds.bumpbar.BumpBarMapping;
import app.brigade.ui.config.ConfigException;
import app.brigade.ui.config.ConfigFile;
import app.brigade.ui.theme.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A kitchen display's settings (the documented keys of {@code kds.properties}). Defaults just work:
 * every station of the demo restaurant, sound on, no LAN listener until {@code lan.token} is set.
 */
public record KdsConfig(
        String terminalName,
        String deviceId,
        Path dataDir,
        Locale locale,
        List<String> stations,
        boolean expo,
        Thresholds thresholds,
        boolean sound,
        String lanBind,
        int lanPort,
        String lanToken,
        String serverUrl,
        List<String> allergyWords,
        BumpBarMapping bumpBar,
        Theme.Variant theme) {

    /** The LAN port a KDS listens on when {@code lan.port} is not set. */
    public static final int DEFAULT_LAN_PORT = 7081;

    /** The KDS's look when {@code theme} is not set: dark, for a kitchen screen read from two metres. */
    public static final Theme.Variant DEFAULT_THEME = Theme.Variant.DARK;

    public static final Set<String> KEYS;

    static {
        Set<String> keys = new HashSet<>(Set.of("terminal.name", "terminal.id", "data.dir", "locale", "stations",
                "expo", "warn.minutes", "late.minutes", "station.minutes", "sound", "lan.bind", "lan.port",
                "lan.token", "server.url", "allergy.words", "theme"));
        keys.addAll(BumpBarMapping.KEYS);
        KEYS = Set.copyOf(keys);
    }

    private static final String STATION_ID = "[A-Za-z0-9_-]{1,64}";

    public KdsConfig {
        stations = List.copyOf(stations);
        allergyWords = List.copyOf(allergyWords);
    }

    public boolean lanEnabled() {
        return lanToken != null;
    }

    public static KdsConfig from(ConfigFile f) {
        f.requireOnly(KEYS);
        String name = f.pattern("terminal.name", "KDS-1", "[\\p{L}\\p{N} ._-]{1,32}",
                "1 to 32 letters, digits, spaces, dots, dashes");
        String id = f.pattern("terminal.id", name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-"),
                "[a-z0-9-]{1,64}", "1 to 64 lower-case letters, digits or dashes");
        List<String> stations = new ArrayList<>(new LinkedHashSet<>(list(f.pattern("stations", "",
                "\\s*(" + STATION_ID + "\\s*(,\\s*" + STATION_ID + "\\s*)*)?",
                "station ids separated by commas, e.g. grill,cold (empty: every station)"))));
        int warn = f.integer("warn.minutes", 5, 1, 120);
        int late = f.integer("late.minutes", 8, 2, 240);
        if (late <= warn) {
            throw new ConfigException("late.minutes=" + late + " is not valid; allowed: more than warn.minutes ("
                    + warn + ")");
        }
        String token = f.string("lan.token", null);
        if (token != null && token.length() < 16) {
            throw new ConfigException("lan.token is not valid (" + token.length() + " characters); allowed: at least"
                    + " 16 characters, the same secret the POS terminals send to this KDS");
        }
        String server = f.pattern("server.url", null, "https?://\\S+", "an http:// or https:// URL");
        Path data = f.path("data.dir", app.brigade.ui.config.BrigadeHome.dir().resolve(id));
        return new KdsConfig(name, id, data, f.locale("locale", Locale.getDefault()), stations,
                f.flag("expo", false),
                new Thresholds(new Thresholds.Limits(warn, late), stationLimits(f.string("station.minutes", ""))),
                f.flag("sound", true),
                f.pattern("lan.bind", "0.0.0.0", "[A-Za-z0-9.:_-]{1,253}", "an IP address or host name, e.g. 0.0.0.0"),
                f.integer("lan.port", DEFAULT_LAN_PORT, 0, 65_535), token, server,
                list(f.string("allergy.words", "allerg,nut,peanut,gluten,coeliac,celiac,shellfish,dairy,lactose,"
                        + "sesame,soy,egg,fish,vegan")).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList(),
                BumpBarMapping.from(f), f.choice("theme", Theme.Variant.class, DEFAULT_THEME));
    }

    /** {@code bar:3/5, grill:6/10} → per-station warn/late minutes. */
    private static Map<String, Thresholds.Limits> stationLimits(String value) {
        Map<String, Thresholds.Limits> out = new LinkedHashMap<>();
        for (String entry : list(value)) {
            if (!entry.matches(STATION_ID + ":\\d{1,3}/\\d{1,3}")) {
                throw new ConfigException("station.minutes=" + value + " is not valid at '" + entry + "'; allowed: "
                        + "station:warn/late entries separated by commas, e.g. bar:3/5,grill:6/10");
            }
            String[] parts = entry.split("[:/]");
            try {
                out.put(parts[0], new Thresholds.Limits(Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("station.minutes=" + value + " is not valid at '" + entry + "'; allowed: "
                        + "warn at least 1 minute and late after warn, e.g. bar:3/5");
            }
        }
        return out;
    }

    private static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        for (String s : value.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}

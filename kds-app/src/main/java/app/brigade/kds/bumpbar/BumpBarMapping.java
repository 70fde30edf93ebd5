package app.brigade.kds.bumpbar;

import app.brigade.ui.config.ConfigException;
import app.brigade.ui.config.ConfigFile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.input.KeyCode;

/**
 * Which key does what ({@code bumpbar.*} in {@code kds.properties}). Values are key names such as
 * {@code B}, {@code 5}, {@code ENTER}, {@code F1}, {@code PAGE_DOWN}; several keys may share an action
 * ({@code bumpbar.bump=B,ENTER}); {@code bumpbar.select} lists the keys for positions 1, 2, 3…
 * A digit also matches the same digit on the numeric keypad.
 */
public final class BumpBarMapping {

    /** The configuration keys this mapping reads. */
    public static final Set<String> KEYS = Set.of("bumpbar.bump", "bumpbar.recall", "bumpbar.left", "bumpbar.right",
            "bumpbar.up", "bumpbar.down", "bumpbar.page.next", "bumpbar.page.previous", "bumpbar.select");

    private static final Map<BumpBarAction.Simple, String> SIMPLE_KEYS = new EnumMap<>(Map.of(
            BumpBarAction.Simple.BUMP, "bumpbar.bump",
            BumpBarAction.Simple.RECALL, "bumpbar.recall",
            BumpBarAction.Simple.LEFT, "bumpbar.left",
            BumpBarAction.Simple.RIGHT, "bumpbar.right",
            BumpBarAction.Simple.UP, "bumpbar.up",
            BumpBarAction.Simple.DOWN, "bumpbar.down",
            BumpBarAction.Simple.NEXT_PAGE, "bumpbar.page.next",
            BumpBarAction.Simple.PREVIOUS_PAGE, "bumpbar.page.previous"));

    private static final Map<BumpBarAction.Simple, String> DEFAULTS = new EnumMap<>(Map.of(
            BumpBarAction.Simple.BUMP, "B",
            BumpBarAction.Simple.RECALL, "R",
            BumpBarAction.Simple.LEFT, "LEFT",
            BumpBarAction.Simple.RIGHT, "RIGHT",
            BumpBarAction.Simple.UP, "UP",
            BumpBarAction.Simple.DOWN, "DOWN",
            BumpBarAction.Simple.NEXT_PAGE, "PAGE_DOWN",
            BumpBarAction.Simple.PREVIOUS_PAGE, "PAGE_UP"));

    private static final String ALLOWED = "key names such as B, 5, ENTER, SPACE, F1, PAGE_DOWN, LEFT, separated by commas";

    private final Map<KeyCode, BumpBarAction> actions;

    private BumpBarMapping(Map<KeyCode, BumpBarAction> actions) {
        this.actions = Map.copyOf(actions);
    }

    /** Digits select, arrows move, B bumps, R recalls, Page Up/Down turn pages. */
    public static BumpBarMapping defaults() {
        return from(ConfigFile.empty());
    }

    public static BumpBarMapping from(ConfigFile f) {
        Map<KeyCode, BumpBarAction> actions = new LinkedHashMap<>();
        Map<KeyCode, String> origin = new LinkedHashMap<>();
        for (Map.Entry<BumpBarAction.Simple, String> e : SIMPLE_KEYS.entrySet()) {
            String key = e.getValue();
            for (KeyCode code : keys(key, f.string(key, DEFAULTS.get(e.getKey())))) {
                put(actions, origin, code, e.getKey(), key);
            }
        }
        List<String> select = split(f.string("bumpbar.select", "1,2,3,4,5,6,7,8,9,0"));
        for (int i = 0; i < select.size(); i++) {
            for (KeyCode code : codes("bumpbar.select", select.get(i))) {
                put(actions, origin, code, new BumpBarAction.Select(i + 1), "bumpbar.select");
            }
        }
        return new BumpBarMapping(actions);
    }

    public Optional<BumpBarAction> action(KeyCode key) {
        return Optional.ofNullable(actions.get(key));
    }

    /** Every mapped key, for the help overlay and tests. */
    public Map<KeyCode, BumpBarAction> actions() {
        return actions;
    }

    private static void put(Map<KeyCode, BumpBarAction> actions, Map<KeyCode, String> origin, KeyCode code,
            BumpBarAction action, String key) {
        BumpBarAction before = actions.putIfAbsent(code, action);
        if (before != null) {
            throw new ConfigException(key + " maps key " + code.name() + ", which " + origin.get(code)
                    + " already uses; allowed: each key in one bumpbar.* setting only");
        }
        origin.put(code, key);
    }

    private static List<KeyCode> keys(String key, String value) {
        List<KeyCode> out = new ArrayList<>();
        for (String name : split(value)) {
            out.addAll(codes(key, name));
        }
        return out;
    }

    private static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        for (String s : value.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** A key name, plus the numeric-keypad twin for a digit. */
    private static List<KeyCode> codes(String key, String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (n.length() == 1 && Character.isDigit(n.charAt(0))) {
            return List.of(KeyCode.valueOf("DIGIT" + n), KeyCode.valueOf("NUMPAD" + n));
        }
        try {
            return List.of(KeyCode.valueOf(n));
        } catch (IllegalArgumentException e) {
            KeyCode byName = KeyCode.getKeyCode(name);
            if (byName != null) {
                return List.of(byName);
            }
            throw new ConfigException(key + "=" + name + " is not valid; allowed: " + ALLOWED);
        }
    }
}

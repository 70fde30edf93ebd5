package app.brigade.server.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --key value} options and positional arguments of one command, checked against what it accepts. */
final class Options {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();
    private boolean help;

    static Options parse(String command, List<String> args, Set<String> allowed) {
        Options o = new Options();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--help") || a.equals("-h")) {
                o.help = true;
            } else if (a.startsWith("--")) {
                String key = a.substring(2);
                String value = null;
                int eq = key.indexOf('=');
                if (eq >= 0) {
                    value = key.substring(eq + 1);
                    key = key.substring(0, eq);
                }
                if (!allowed.contains(key)) {
                    throw new UsageException("unknown option --" + key + " for '" + command + "'; allowed: "
                            + String.join(", ", allowed.stream().sorted().map(k -> "--" + k).toList()));
                }
                if (value == null) {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new UsageException("option --" + key + " needs a value");
                    }
                    value = args.get(++i);
                }
                o.values.put(key, value);
            } else {
                o.positional.add(a);
            }
        }
        return o;
    }

    boolean help() {
        return help;
    }

    String get(String key) {
        return values.get(key);
    }

    List<String> positional() {
        return positional;
    }

    static int intValue(String key, String raw, int min, int max) {
        try {
            int v = Integer.parseInt(raw.trim());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // Reported below with the allowed range.
        }
        throw new UsageException(key + " '" + raw + "' is not allowed; use a whole number from " + min + " to " + max);
    }
}

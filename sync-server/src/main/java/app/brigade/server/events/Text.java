package app.brigade.server.events;

/** Prepares free text for a reporting column: no NUL (PostgreSQL refuses it) and a bounded length. */
final class Text {

    private Text() {
    }

    static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        String clean = value.indexOf('\0') >= 0 ? value.replace("\0", "") : value;
        return clean.length() > max ? clean.substring(0, max) : clean;
    }
}

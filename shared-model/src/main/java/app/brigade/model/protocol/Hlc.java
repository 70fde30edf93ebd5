package app.brigade.model.protocol;

/**
 * A hybrid logical clock timestamp: wall-clock milliseconds plus a counter, ordered so that events
 * made offline on different devices still sort causally. Text form: {@code <wallMillis>.<counter>}.
 */
public record Hlc(long wallMillis, int counter) implements Comparable<Hlc> {

    public static final Hlc ZERO = new Hlc(0, 0);

    public Hlc {
        if (wallMillis < 0 || counter < 0) {
            throw new IllegalArgumentException("HLC parts must not be negative");
        }
    }

    @Override
    public int compareTo(Hlc o) {
        int c = Long.compare(wallMillis, o.wallMillis);
        return c != 0 ? c : Integer.compare(counter, o.counter);
    }

    @Override
    public String toString() {
        return wallMillis + "." + counter;
    }

    public static Hlc parse(String text) {
        int dot = text == null ? -1 : text.indexOf('.');
        if (dot < 1) {
            throw new IllegalArgumentException("hlc '" + text + "' must look like <wallMillis>.<counter>");
        }
        try {
            return new Hlc(Long.parseLong(text.substring(0, dot)), Integer.parseInt(text.substring(dot + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("hlc '" + text + "' must look like <wallMillis>.<counter>");
        }
    }
}

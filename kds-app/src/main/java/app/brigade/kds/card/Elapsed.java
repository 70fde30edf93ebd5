package app.brigade.kds.card;

/** Elapsed time since fire as the card's timer shows it: {@code m:ss}, {@code h:mm:ss} after an hour. */
public final class Elapsed {

    private Elapsed() {
    }

    public static String format(long firedAtMillis, long nowMillis) {
        long s = Math.max(0, (nowMillis - firedAtMillis) / 1000);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}

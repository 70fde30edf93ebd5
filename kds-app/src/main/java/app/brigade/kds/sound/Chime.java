package app.brigade.kds.sound;

/** The new-ticket sound. {@link #play()} returns at once; the sound plays off the caller's thread. */
@FunctionalInterface
public interface Chime {

    void play();

    /** For screens with {@code sound=off} and for tests. */
    static Chime silent() {
        return () -> { };
    }
}

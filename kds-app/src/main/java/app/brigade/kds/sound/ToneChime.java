package app.brigade.kds.sound;

import java.io.ByteArrayInputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A short two-note chime generated as 16-bit PCM and played through {@code javax.sound} on its own
 * thread (no media files, works without JavaFX media). Without an audio device it says so once in
 * the log and stays quiet.
 */
public final class ToneChime implements Chime, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ToneChime.class);
    private static final float RATE = 22_050f;

    private final ExecutorService player = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kds-chime");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean playing = new AtomicBoolean();
    private final byte[] pcm = tone(new double[] {880, 1320}, 0.14);
    private volatile boolean unavailable;

    @Override
    public void play() {
        if (unavailable || !playing.compareAndSet(false, true)) {
            return;
        }
        player.execute(this::playNow);
    }

    /** True once playing failed for lack of an audio device. */
    public boolean unavailable() {
        return unavailable;
    }

    private void playNow() {
        try {
            AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
            Clip clip = AudioSystem.getClip();
            try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format,
                    pcm.length / format.getFrameSize())) {
                clip.open(in);
            }
            clip.addLineListener(e -> {
                if (e.getType() == LineEvent.Type.STOP) {
                    clip.close();
                    playing.set(false);
                }
            });
            clip.start();
        } catch (Exception | LinkageError e) {
            unavailable = true;
            playing.set(false);
            LOG.warn("no audio device for the new-ticket sound ({}); the KDS stays silent. Connect a speaker and"
                    + " restart, or set sound=off in kds.properties to turn it off on purpose", e.toString());
        }
    }

    /** Notes of {@code seconds} each with short fades, so they do not click. */
    static byte[] tone(double[] notes, double seconds) {
        int perNote = (int) (RATE * seconds);
        byte[] out = new byte[notes.length * perNote * 2];
        int fade = (int) (RATE * 0.01);
        int k = 0;
        for (double f : notes) {
            for (int i = 0; i < perNote; i++) {
                double envelope = Math.min(1.0, Math.min(i, perNote - 1 - i) / (double) fade);
                short s = (short) (Math.sin(2 * Math.PI * f * i / RATE) * envelope * 0.5 * Short.MAX_VALUE);
                out[k++] = (byte) s;
                out[k++] = (byte) (s >> 8);
            }
        }
        return out;
    }

    @Override
    public void close() {
        player.shutdownNow();
    }
}

package app.brigade.devices.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real virtual serial cable: {@code socat pty,raw,echo=0,link=A pty,raw,echo=0,link=B} in a
 * folder. Fails loudly when socat is not installed: serial tests must never skip silently.
 */
public final class SocatPair implements AutoCloseable {

    private static final Duration LINK_WAIT = Duration.ofSeconds(10);

    private final Path hostEnd;
    private final Path printerEnd;
    private final Path log;
    private Process process;

    private SocatPair(Path folder) {
        this.hostEnd = folder.resolve("pos-tty");
        this.printerEnd = folder.resolve("printer-tty");
        this.log = folder.resolve("socat.log");
    }

    /** Starts socat with both links in {@code folder} and waits until they exist. */
    public static SocatPair start(Path folder) throws IOException, InterruptedException {
        SocatPair pair = new SocatPair(folder);
        pair.launch();
        return pair;
    }

    /** The end the POS (printer queue) opens. */
    public Path hostEnd() {
        return hostEnd;
    }

    /** The end the emulated printer opens. */
    public Path printerEnd() {
        return printerEnd;
    }

    /** Kills socat: both ptys vanish, as when a USB adapter is pulled out. */
    public void kill() throws InterruptedException, IOException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
        Files.deleteIfExists(hostEnd);
        Files.deleteIfExists(printerEnd);
    }

    /** Starts socat again with the same link names (the cable is plugged back in). */
    public void restart() throws IOException, InterruptedException {
        kill();
        launch();
    }

    @Override
    public void close() throws IOException {
        try {
            kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void launch() throws IOException, InterruptedException {
        String socat = findSocat();
        process = new ProcessBuilder(socat, "-d", "-d",
                "pty,raw,echo=0,link=" + hostEnd, "pty,raw,echo=0,link=" + printerEnd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        long deadline = System.nanoTime() + LINK_WAIT.toNanos();
        while (!(Files.exists(hostEnd) && Files.exists(printerEnd))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("socat did not create the pty links " + hostEnd + " and " + printerEnd
                        + " within " + LINK_WAIT.toSeconds() + " s; its log:\n"
                        + (Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(none)"));
            }
            Thread.sleep(10);
        }
    }

    private static String findSocat() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "socat");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException("socat is not installed (not found on PATH=" + path + "); the serial"
                + " round-trip tests need it to make a virtual serial cable. Install it, e.g. 'apt-get install socat'"
                + " (.ci/run does this).");
    }
}

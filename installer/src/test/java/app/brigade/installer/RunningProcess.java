package app.brigade.installer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A started process whose merged output is collected line by line; {@link #close()} stops it and
 * everything it started (always called through try-with-resources).
 */
final class RunningProcess implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private RunningProcess(Process process) {
        this.process = process;
        this.reader = Thread.ofPlatform().daemon().name("output-" + process.pid()).start(this::readOutput);
    }

    static RunningProcess start(ProcessBuilder builder) throws IOException {
        builder.redirectErrorStream(true);
        return new RunningProcess(builder.start());
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(output closed: " + e.getMessage() + ")");
        }
    }

    /** Waits until a line contains {@code text}; false when the process ended or the time ran out first. */
    boolean awaitLine(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (lines.stream().anyMatch(l -> l.contains(text))) {
                return true;
            }
            if (!process.isAlive()) {
                reader.join(2_000);
                return lines.stream().anyMatch(l -> l.contains(text));
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** Waits for the process to end by itself and returns its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("process did not end within " + timeout + "; output:\n" + output());
        }
        reader.join(5_000);
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() {
        return String.join("\n", lines);
    }

    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
        reader.join(5_000);
    }
}

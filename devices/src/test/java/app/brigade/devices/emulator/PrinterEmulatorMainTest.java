package app.brigade.devices.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrinterEmulatorMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        stop.countDown();
        return PrinterEmulatorMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), stop);
    }

    @Test
    void helpPrintsUsage() throws InterruptedException {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("Usage: printer-emulator (--pty PATH | --port N) --out DIR")
                .contains("--codepage");
    }

    @Test
    void missingTransportIsAClearError() throws InterruptedException {
        assertThat(run("--out", "x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Give exactly one of --pty PATH or --port N").contains("--help");
    }

    @Test
    void badValuesNameTheOptionAndWhatIsAllowed() throws InterruptedException {
        assertThat(run("--port", "99999", "--out", "x")).isEqualTo(2);
        assertThat(run("--port", "0", "--out", "x", "--codepage", "EBCDIC")).isEqualTo(2);
        assertThat(run("--port", "0", "--out", "x", "--columns", "40")).isEqualTo(2);
        assertThat(run("--port")).isEqualTo(2);
        assertThat(run("--port", "0", "--out", "x", "--colour")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--port must be a number 0..65535, was '99999'")
                .contains("Unknown code page 'EBCDIC'; allowed: CP437, CP850, WPC1252, CP858")
                .contains("--columns must be 32, 42 or 48, was '40'")
                .contains("Option --port needs a value")
                .contains("Unknown option '--colour'");
    }

    @Test
    void startsOnAFreeTcpPortAndSaysWhere(@TempDir Path dir) throws InterruptedException {
        assertThat(run("--port", "0", "--out", dir.resolve("receipts").toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Printer emulator listening on 127.0.0.1:")
                .contains("CP858").contains(dir.resolve("receipts").toString());
    }
}

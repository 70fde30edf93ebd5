package app.brigade.devices.emulator;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/** Command line entry of the printer emulator ({@code printer-emulator --port 9100 --out receipts}). */
public final class PrinterEmulatorMain {

    private PrinterEmulatorMain() {
    }

    /** Runs until interrupted (Ctrl-C); exits 2 on a bad command line, 1 when it cannot start. */
    public static void main(String[] args) throws InterruptedException {
        System.setProperty("java.awt.headless", "true");
        CountDownLatch stop = new CountDownLatch(1);
        int code = run(args, System.out, System.err, stop);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Parses the arguments, starts the emulator and waits on {@code stop}; returns the exit code.
     * Returns at once for {@code --help} and for errors.
     */
    static int run(String[] args, PrintStream out, PrintStream err, CountDownLatch stop) throws InterruptedException {
        EmulatorOptions options;
        try {
            options = EmulatorOptions.parse(args);
        } catch (EmulatorOptions.UsageException e) {
            err.println("printer-emulator: " + e.getMessage());
            err.println("Run with --help for usage.");
            return 2;
        }
        if (options.help()) {
            out.print(EmulatorOptions.USAGE);
            return 0;
        }
        PrinterEmulator emulator;
        try {
            emulator = new PrinterEmulator(options.out(), options.columns(), options.codePage());
        } catch (IOException e) {
            err.println("printer-emulator: cannot use output folder " + options.out() + ": " + e.getMessage());
            return 1;
        }
        try (emulator) {
            if (options.port() != null) {
                int port = emulator.listenTcp(options.port());
                out.println("Printer emulator listening on 127.0.0.1:" + port + ", " + options.columns()
                        + " columns, " + options.codePage() + "; receipts go to " + emulator.outputFolder().toAbsolutePath());
            } else {
                emulator.attachPty(options.pty());
                out.println("Printer emulator serving " + options.pty() + ", " + options.columns() + " columns, "
                        + options.codePage() + "; receipts go to " + emulator.outputFolder().toAbsolutePath());
            }
            emulator.addReceiptListener(r -> out.println("Cut receipt " + r.number() + " -> " + r.textFile()));
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
            return 0;
        } catch (IOException e) {
            err.println("printer-emulator: " + e.getMessage());
            return 1;
        }
    }
}

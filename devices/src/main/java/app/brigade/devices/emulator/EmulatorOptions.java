package app.brigade.devices.emulator;

import app.brigade.devices.escpos.CodePage;
import java.nio.file.Path;

/**
 * Parsed command line of the printer emulator: exactly one of {@code --pty PATH} or
 * {@code --port N}, an output folder, code page and paper width.
 */
record EmulatorOptions(Path pty, Integer port, Path out, CodePage codePage, int columns, boolean help) {

    static final String USAGE = """
            Usage: printer-emulator (--pty PATH | --port N) --out DIR [--codepage CP858] [--columns 48]

            An emulated ESC/POS receipt printer. It decodes what it receives, answers DLE EOT status
            requests and writes every cut receipt to DIR as receipt-NNNN.txt (UTF-8), .png and .bin.

              --pty PATH       serve one end of a pty pair, e.g. made by
                               socat -d -d pty,raw,echo=0,link=/tmp/pos pty,raw,echo=0,link=/tmp/printer
              --port N         listen on loopback TCP port N (9100 is the usual printer port; 0 = any free)
              --out DIR        folder for the receipts (created if missing)
              --codepage CP    code page before the host selects one: CP437, CP850, CP858 (default), WPC1252
              --columns N      characters per line: 32, 42 or 48 (default 48)
              --help           show this help
            """;

    /** Thrown for a command line that cannot be used; the message says what is wrong. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static EmulatorOptions parse(String[] args) throws UsageException {
        Path pty = null;
        Integer port = null;
        Path out = null;
        CodePage codePage = CodePage.CP858;
        int columns = 48;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    return new EmulatorOptions(null, null, null, codePage, columns, true);
                }
                case "--pty" -> pty = Path.of(value(args, ++i, arg));
                case "--port" -> port = parsePort(value(args, ++i, arg));
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--codepage" -> {
                    try {
                        codePage = CodePage.parse(value(args, ++i, arg));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException(e.getMessage());
                    }
                }
                case "--columns" -> columns = parseColumns(value(args, ++i, arg));
                default -> throw new UsageException("Unknown option '" + arg + "'");
            }
        }
        if ((pty == null) == (port == null)) {
            throw new UsageException("Give exactly one of --pty PATH or --port N");
        }
        if (out == null) {
            throw new UsageException("Missing --out DIR (the folder for receipts)");
        }
        return new EmulatorOptions(pty, port, out, codePage, columns, false);
    }

    private static String value(String[] args, int index, String option) throws UsageException {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException("Option " + option + " needs a value");
        }
        return args[index];
    }

    private static int parsePort(String text) throws UsageException {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("--port must be a number 0..65535, was '" + text + "'");
        }
    }

    private static int parseColumns(String text) throws UsageException {
        return switch (text) {
            case "32" -> 32;
            case "42" -> 42;
            case "48" -> 48;
            default -> throw new UsageException("--columns must be 32, 42 or 48, was '" + text + "'");
        };
    }
}

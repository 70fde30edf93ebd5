package app.brigade.devices.printer;

import app.brigade.devices.escpos.CodePage;
import app.brigade.devices.link.LinkConfig;
import java.time.Duration;
import java.util.Objects;

/**
 * One printer: id, name for people, where it is attached, paper width in columns (32, 42 or 48),
 * code page, and the timeouts of its device thread.
 *
 * @param statusTimeout    how long to wait for the answer to {@code DLE EOT}
 * @param retryInterval    pause between attempts while a job is held or the port is gone
 * @param giveUpAfter      a held job fails (retryable) after this long
 * @param idlePollInterval status poll while idle, for the status bar; zero turns it off
 */
public record PrinterSettings(
        String id,
        String displayName,
        LinkConfig link,
        int columns,
        CodePage codePage,
        Duration statusTimeout,
        Duration retryInterval,
        Duration giveUpAfter,
        Duration idlePollInterval) {

    public PrinterSettings {
        if (id == null || !id.matches("[a-z0-9][a-z0-9_-]{0,31}")) {
            throw new IllegalArgumentException("Printer id '" + id
                    + "' must be 1..32 lowercase letters, digits, '-' or '_' (e.g. 'front' or 'kitchen-1')");
        }
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(link, "link");
        if (columns != 32 && columns != 42 && columns != 48) {
            throw new IllegalArgumentException("Printer '" + id + "' width must be 32, 42 or 48 columns, was " + columns);
        }
        Objects.requireNonNull(codePage, "codePage");
        requirePositive(id, "status timeout", statusTimeout);
        requirePositive(id, "retry interval", retryInterval);
        requirePositive(id, "give-up time", giveUpAfter);
        Objects.requireNonNull(idlePollInterval, "idlePollInterval");
    }

    /** 48 columns, CP858, 1 s status timeout, 1 s retry, give up after 10 min, idle poll every 5 s. */
    public static PrinterSettings of(String id, String displayName, LinkConfig link) {
        return new PrinterSettings(id, displayName, link, 48, CodePage.CP858, Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofMinutes(10), Duration.ofSeconds(5));
    }

    /** The same printer with another paper width and code page. */
    public PrinterSettings withPaper(int newColumns, CodePage newCodePage) {
        return new PrinterSettings(id, displayName, link, newColumns, newCodePage, statusTimeout, retryInterval,
                giveUpAfter, idlePollInterval);
    }

    /** The same printer with other timeouts. */
    public PrinterSettings withTimeouts(Duration status, Duration retry, Duration giveUp, Duration idlePoll) {
        return new PrinterSettings(id, displayName, link, columns, codePage, status, retry, giveUp, idlePoll);
    }

    private static void requirePositive(String id, String what, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("Printer '" + id + "' " + what + " must be positive, was " + value);
        }
    }
}

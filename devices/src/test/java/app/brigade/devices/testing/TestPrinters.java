package app.brigade.devices.testing;

import app.brigade.devices.escpos.CodePage;
import app.brigade.devices.link.LinkConfig;
import app.brigade.devices.printer.PrinterSettings;
import java.time.Duration;

/** Printer settings with short timeouts so fault tests finish fast. */
public final class TestPrinters {

    private TestPrinters() {
    }

    /** 42 columns, CP858, 400 ms status timeout, 50 ms retry, give up after 20 s, no idle poll. */
    public static PrinterSettings fast(String id, LinkConfig link) {
        return PrinterSettings.of(id, id.substring(0, 1).toUpperCase() + id.substring(1), link)
                .withPaper(42, CodePage.CP858)
                .withTimeouts(Duration.ofMillis(400), Duration.ofMillis(50), Duration.ofSeconds(20), Duration.ZERO);
    }

    /** As {@link #fast} but giving up after {@code giveUp}. */
    public static PrinterSettings giveUpAfter(String id, LinkConfig link, Duration giveUp) {
        PrinterSettings fast = fast(id, link);
        return fast.withTimeouts(fast.statusTimeout(), fast.retryInterval(), giveUp, Duration.ZERO);
    }
}

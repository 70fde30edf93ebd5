package app.brigade.devices.escpos;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Printer character tables selectable with {@code ESC t n}, each with the Java charset that encodes it. */
public enum CodePage {
    /** PC437 (USA, standard Europe): box drawing, no euro sign. */
    CP437(0, "IBM437"),
    /** PC850 (Multilingual). */
    CP850(2, "IBM850"),
    /** WPC1252 (Windows Latin-1), euro at 0x80. */
    WPC1252(16, "windows-1252"),
    /** PC858 (PC850 with the euro sign at 0xD5). */
    CP858(19, "IBM00858");

    private final int tableNumber;
    private final String charsetName;

    CodePage(int tableNumber, String charsetName) {
        this.tableNumber = tableNumber;
        this.charsetName = charsetName;
    }

    /** The {@code n} parameter of {@code ESC t n} on Epson-compatible printers. */
    public int tableNumber() {
        return tableNumber;
    }

    /** The Java charset that maps text to this table's bytes. */
    public Charset charset() {
        return Charset.forName(charsetName);
    }

    /** The code page selected by {@code ESC t n}, or {@code null} when the table is not supported. */
    public static CodePage fromTableNumber(int n) {
        for (CodePage page : values()) {
            if (page.tableNumber == n) {
                return page;
            }
        }
        return null;
    }

    /**
     * Parses a code page name as typed in a config file or on a command line ("CP858", "cp437",
     * "WPC1252", "1252").
     *
     * @throws IllegalArgumentException naming the value and the allowed names
     */
    public static CodePage parse(String name) {
        String normalized = name == null ? "" : name.trim().toUpperCase(Locale.ROOT).replace("-", "");
        for (CodePage page : values()) {
            if (page.name().equals(normalized) || page.name().endsWith(normalized) && normalized.length() >= 3) {
                return page;
            }
        }
        throw new IllegalArgumentException("Unknown code page '" + name + "'; allowed: "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}

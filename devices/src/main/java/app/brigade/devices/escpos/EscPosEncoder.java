package app.brigade.devices.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds ESC/POS byte streams for one printer width and code page; pure (no I/O), one instance per
 * document.
 *
 * <p>Text is encoded in the current code page; characters the table lacks print as {@code ?} and
 * control characters in text become spaces, so user-entered notes can never inject commands.
 */
public final class EscPosEncoder {

    public static final byte ESC = 0x1B;
    public static final byte GS = 0x1D;
    public static final byte DLE = 0x10;
    public static final byte EOT = 0x04;
    public static final byte LF = 0x0A;

    private static final int MAX_QR_BYTES = 7089;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    private final int columns;
    private final CodePage initialCodePage;
    private CodePage codePage;
    private int widthMultiplier = 1;

    private EscPosEncoder(int columns, CodePage codePage) {
        if (columns < 16 || columns > 96) {
            throw new IllegalArgumentException("Printer columns must be between 16 and 96, was " + columns);
        }
        this.columns = columns;
        this.initialCodePage = codePage;
        this.codePage = codePage;
    }

    /** An encoder for a printer with {@code columns} characters per line (32, 42, 48…) and a code page. */
    public static EscPosEncoder forPrinter(int columns, CodePage codePage) {
        return new EscPosEncoder(columns, codePage);
    }

    /** {@code DLE EOT n}: real-time status request, n = 1 printer, 2 offline cause, 3 error cause, 4 paper. */
    public static byte[] statusRequest(int n) {
        if (n < 1 || n > 4) {
            throw new IllegalArgumentException("DLE EOT status function must be 1..4, was " + n);
        }
        return new byte[] {DLE, EOT, (byte) n};
    }

    /** {@code ESC @} then {@code ESC t n}: resets the printer and selects this encoder's code page. */
    public EscPosEncoder init() {
        write(ESC, '@');
        widthMultiplier = 1;
        return codePage(initialCodePage);
    }

    /** {@code ESC t n}: selects the character table used for the following text. */
    public EscPosEncoder codePage(CodePage page) {
        codePage = page;
        return write(ESC, 't', page.tableNumber());
    }

    /** {@code ESC a n}: justification, effective from the start of the next line. */
    public EscPosEncoder align(Align align) {
        return write(ESC, 'a', align.code());
    }

    /** {@code ESC E n}: emphasized (bold) on or off. */
    public EscPosEncoder bold(boolean on) {
        return write(ESC, 'E', on ? 1 : 0);
    }

    /** {@code GS ! n}: character width and height multipliers, each 1..8. */
    public EscPosEncoder size(int width, int height) {
        if (width < 1 || width > 8 || height < 1 || height > 8) {
            throw new IllegalArgumentException(
                    "Character size multipliers must be 1..8, was width " + width + " height " + height);
        }
        widthMultiplier = width;
        return write(GS, '!', ((width - 1) << 4) | (height - 1));
    }

    /** Double width and height when {@code on}, normal size otherwise. */
    public EscPosEncoder doubleSize(boolean on) {
        return on ? size(2, 2) : size(1, 1);
    }

    /** Characters per line at the current width multiplier. */
    public int lineWidth() {
        return columns / widthMultiplier;
    }

    /** Text without a line feed, in the current code page. */
    public EscPosEncoder text(String text) {
        byte[] bytes = sanitize(text).getBytes(codePage.charset());
        out.writeBytes(bytes);
        return this;
    }

    /** {@code LF}: prints the buffered line and feeds one line. */
    public EscPosEncoder newline() {
        out.write(LF);
        return this;
    }

    /** Text word-wrapped to the current line width, each line ended by {@code LF}. */
    public EscPosEncoder line(String text) {
        return lines(TextWrapper.wrap(text, lineWidth()));
    }

    /** "Item … price": left text wrapped, right text right-aligned on the first line. */
    public EscPosEncoder columns(String left, String right) {
        return lines(TextWrapper.twoColumns(left, right, lineWidth()));
    }

    /** A horizontal rule of {@code ch} across the line. */
    public EscPosEncoder rule(char ch) {
        return lines(List.of(TextWrapper.rule(ch, lineWidth())));
    }

    /**
     * A QR code (model 2) with {@code GS ( k}: select model, module size (1..16 dots), error
     * correction level, store the data, print.
     */
    public EscPosEncoder qr(String data, int moduleSize, QrErrorCorrection correction) {
        byte[] payload = data.getBytes(StandardCharsets.UTF_8);
        if (payload.length == 0 || payload.length > MAX_QR_BYTES) {
            throw new IllegalArgumentException("QR data must be 1.." + MAX_QR_BYTES + " bytes, was " + payload.length);
        }
        if (moduleSize < 1 || moduleSize > 16) {
            throw new IllegalArgumentException("QR module size must be 1..16 dots, was " + moduleSize);
        }
        write(GS, '(', 'k', 4, 0, 49, 65, 50, 0);
        write(GS, '(', 'k', 3, 0, 49, 67, moduleSize);
        write(GS, '(', 'k', 3, 0, 49, 69, correction.code());
        int length = payload.length + 3;
        write(GS, '(', 'k', length & 0xFF, length >> 8, 49, 80, 48);
        out.writeBytes(payload);
        return write(GS, '(', 'k', 3, 0, 49, 81, 48);
    }

    /**
     * A barcode with human-readable text below: {@code GS h} height, {@code GS w} module width,
     * {@code GS H 2}, then {@code GS k m n d1..dn}.
     */
    public EscPosEncoder barcode(BarcodeType type, String data, int heightDots) {
        if (heightDots < 1 || heightDots > 255) {
            throw new IllegalArgumentException("Barcode height must be 1..255 dots, was " + heightDots);
        }
        byte[] symbol = barcodeData(type, data);
        write(GS, 'h', heightDots);
        write(GS, 'w', 2);
        write(GS, 'H', 2);
        write(GS, 'k', type.code(), symbol.length);
        out.writeBytes(symbol);
        return this;
    }

    /** {@code ESC d n}: prints the buffer and feeds n lines (0..255). */
    public EscPosEncoder feed(int lines) {
        if (lines < 0 || lines > 255) {
            throw new IllegalArgumentException("Feed must be 0..255 lines, was " + lines);
        }
        return write(ESC, 'd', lines);
    }

    /** {@code GS V m}: full or partial cut. */
    public EscPosEncoder cut(CutMode mode) {
        return write(GS, 'V', mode.code());
    }

    /**
     * {@code ESC p m t1 t2}: pulses a drawer pin; on and off times in milliseconds, 2..510 in steps
     * of 2 ms.
     */
    public EscPosEncoder drawerPulse(DrawerPin pin, int onMillis, int offMillis) {
        requirePulse("on", onMillis);
        requirePulse("off", offMillis);
        return write(ESC, 'p', pin.code(), onMillis / 2, offMillis / 2);
    }

    /** The bytes written so far. */
    public byte[] toBytes() {
        return out.toByteArray();
    }

    private EscPosEncoder lines(List<String> lines) {
        for (String line : lines) {
            text(line).newline();
        }
        return this;
    }

    private EscPosEncoder write(int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
        return this;
    }

    private static void requirePulse(String which, int millis) {
        if (millis < 2 || millis > 510) {
            throw new IllegalArgumentException(
                    "Drawer pulse " + which + "-time must be 2..510 ms, was " + millis + " ms");
        }
    }

    private static byte[] barcodeData(BarcodeType type, String data) {
        return switch (type) {
            case EAN13 -> {
                if (!data.matches("\\d{12,13}")) {
                    throw new IllegalArgumentException("EAN-13 needs 12 or 13 digits, was '" + data + "'");
                }
                yield data.getBytes(StandardCharsets.US_ASCII);
            }
            case CODE128 -> {
                if (data.isEmpty() || data.length() > 250 || !data.matches("[\\x20-\\x7E]+")) {
                    throw new IllegalArgumentException(
                            "CODE128 needs 1..250 printable ASCII characters, was '" + data + "'");
                }
                yield ("{B" + data).getBytes(StandardCharsets.US_ASCII);
            }
        };
    }

    private static String sanitize(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> clean.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        return clean.toString();
    }
}

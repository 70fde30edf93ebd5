package app.brigade.devices.emulator;

import app.brigade.devices.escpos.Align;
import app.brigade.devices.escpos.BarcodeType;
import app.brigade.devices.escpos.CodePage;
import app.brigade.devices.escpos.CutMode;
import app.brigade.devices.escpos.DrawerPin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads an ESC/POS byte stream and reports text and commands to a sink, decoding text with the
 * code page selected by {@code ESC t} (or the initial one after {@code ESC @}).
 */
final class EscPosDecoder {

    private static final int ESC = 0x1B;
    private static final int GS = 0x1D;
    private static final int DLE = 0x10;

    private final ByteSource in;
    private final EscPosSink sink;
    private final CodePage initialCodePage;
    private final ByteArrayOutputStream textBytes = new ByteArrayOutputStream();
    private CodePage codePage;
    private byte[] storedQr = new byte[0];

    EscPosDecoder(ByteSource in, EscPosSink sink, CodePage initialCodePage) {
        this.in = in;
        this.sink = sink;
        this.initialCodePage = initialCodePage;
        this.codePage = initialCodePage;
    }

    /** Decodes until the source throws (connection closed). */
    void run() throws IOException {
        while (true) {
            int b = in.next();
            if (b >= 0x20 && b != 0x7F) {
                textBytes.write(b);
                continue;
            }
            flushText();
            switch (b) {
                case 0x0A -> sink.lineFeed();
                case 0x09 -> textBytes.write(' ');
                case ESC -> escape();
                case GS -> groupSeparator();
                case DLE -> dataLinkEscape();
                default -> {
                    // CR and other controls do not change the printout.
                }
            }
        }
    }

    private void escape() throws IOException {
        int c = in.next();
        switch (c) {
            case '@' -> {
                codePage = initialCodePage;
                sink.init();
            }
            case 't' -> {
                int n = in.next();
                CodePage page = CodePage.fromTableNumber(n);
                if (page == null) {
                    sink.unknown("ESC t " + n + " (unsupported code page, keeping " + codePage + ")");
                } else {
                    codePage = page;
                }
            }
            case 'a' -> sink.align(Align.fromCode(in.next()));
            case 'E' -> sink.bold((in.next() & 1) == 1);
            case '!' -> {
                int n = in.next();
                sink.bold((n & 0x08) != 0);
                sink.size((n & 0x20) != 0 ? 2 : 1, (n & 0x10) != 0 ? 2 : 1);
            }
            case 'd' -> {
                int lines = in.next();
                for (int i = 0; i < lines; i++) {
                    sink.lineFeed();
                }
            }
            case 'p' -> {
                DrawerPin pin = DrawerPin.fromCode(in.next());
                int on = in.next() * 2;
                int off = in.next() * 2;
                sink.drawerPulse(pin, on, off);
            }
            case '2' -> {
                // Default line spacing: no visible effect in text.
            }
            case 'G', '-', '3', 'J', 'M', 'R', 'V', '{', 'r', 'U', ' ' -> in.next();
            case 'c' -> {
                in.next();
                in.next();
            }
            case 'B' -> {
                in.next();
                in.next();
            }
            default -> sink.unknown(String.format("ESC 0x%02X", c));
        }
    }

    private void groupSeparator() throws IOException {
        int c = in.next();
        switch (c) {
            case '!' -> {
                int n = in.next();
                sink.size(((n >> 4) & 0x07) + 1, (n & 0x07) + 1);
            }
            case 'V' -> {
                int m = in.next();
                if (m == 65 || m == 66 || m == 97 || m == 98 || m == 103 || m == 104) {
                    in.next();
                }
                boolean full = m == 0 || m == 48 || m == 65 || m == 97 || m == 103;
                sink.cut(full ? CutMode.FULL : CutMode.PARTIAL);
            }
            case '(' -> extendedFunction();
            case 'k' -> barcode();
            case 'h', 'w', 'H', 'f', 'B', 'b', 'a', 'r', 'I', 'E' -> in.next();
            case 'L', 'W' -> {
                in.next();
                in.next();
            }
            default -> sink.unknown(String.format("GS 0x%02X", c));
        }
    }

    private void extendedFunction() throws IOException {
        int function = in.next();
        int length = in.next() | (in.next() << 8);
        byte[] payload = new byte[length];
        for (int i = 0; i < length; i++) {
            payload[i] = (byte) in.next();
        }
        if (function != 'k' || length < 2 || payload[0] != 49) {
            return;
        }
        int fn = payload[1];
        if (fn == 80 && length >= 3) {
            storedQr = java.util.Arrays.copyOfRange(payload, 3, length);
        } else if (fn == 81) {
            sink.qr(new String(storedQr, StandardCharsets.UTF_8));
        }
    }

    private void barcode() throws IOException {
        int m = in.next();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        if (m <= 6) {
            int b;
            while ((b = in.next()) != 0) {
                data.write(b);
            }
        } else {
            int n = in.next();
            for (int i = 0; i < n; i++) {
                data.write(in.next());
            }
        }
        String text = data.toString(StandardCharsets.US_ASCII);
        BarcodeType type = BarcodeType.fromCode(m);
        if (type == BarcodeType.CODE128 && text.startsWith("{B")) {
            text = text.substring(2);
        }
        sink.barcode(type == null ? "TYPE" + m : type.name(), text);
    }

    private void dataLinkEscape() throws IOException {
        int c = in.next();
        if (c == 0x04) {
            sink.statusRequest(in.next());
        } else if (c == 0x14) {
            int fn = in.next();
            int m = in.next();
            int t = in.next();
            if (fn == 1) {
                sink.drawerPulse(DrawerPin.fromCode(m), t * 100, t * 100);
            }
        } else {
            sink.unknown(String.format("DLE 0x%02X", c));
        }
    }

    private void flushText() {
        if (textBytes.size() > 0) {
            sink.text(new String(textBytes.toByteArray(), codePage.charset()));
            textBytes.reset();
        }
    }
}

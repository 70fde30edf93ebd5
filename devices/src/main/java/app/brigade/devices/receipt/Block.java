package app.brigade.devices.receipt;

import app.brigade.devices.escpos.Align;
import app.brigade.devices.escpos.BarcodeType;
import app.brigade.devices.escpos.CutMode;
import app.brigade.devices.escpos.DrawerPin;
import java.util.Objects;

/** One element of a {@link ReceiptDocument}, independent of printer width and code page. */
public sealed interface Block {

    /** Wrapped text with alignment, emphasis and a character size (multipliers 1..8). */
    record Text(String text, Align align, boolean bold, int widthMul, int heightMul) implements Block {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(align, "align");
            requireMultiplier(widthMul, "width");
            requireMultiplier(heightMul, "height");
        }
    }

    /** "Item … price": left text wrapped beside a right-aligned text (normal width). */
    record Columns(String left, String right, boolean bold, int heightMul) implements Block {
        public Columns {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            requireMultiplier(heightMul, "height");
        }
    }

    /** A full-width horizontal rule drawn with one character. */
    record Rule(char character) implements Block {
    }

    /** A centered QR code. */
    record Qr(String data, int moduleSize) implements Block {
        public Qr {
            if (data == null || data.isBlank()) {
                throw new IllegalArgumentException("QR data must not be blank");
            }
            if (moduleSize < 1 || moduleSize > 16) {
                throw new IllegalArgumentException("QR module size must be 1..16, was " + moduleSize);
            }
        }
    }

    /** A centered barcode with its human-readable text. */
    record Barcode(BarcodeType type, String data) implements Block {
        public Barcode {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(data, "data");
        }
    }

    /** Blank lines. */
    record Feed(int lines) implements Block {
        public Feed {
            if (lines < 1 || lines > 255) {
                throw new IllegalArgumentException("Feed must be 1..255 lines, was " + lines);
            }
        }
    }

    /** Paper cut; ends a receipt. */
    record Cut(CutMode mode) implements Block {
        public Cut {
            Objects.requireNonNull(mode, "mode");
        }
    }

    /** Cash drawer kick through the printer's drawer connector. */
    record DrawerPulse(DrawerPin pin, int onMillis, int offMillis) implements Block {
        public DrawerPulse {
            Objects.requireNonNull(pin, "pin");
            if (onMillis < 2 || onMillis > 510 || offMillis < 2 || offMillis > 510) {
                throw new IllegalArgumentException("Drawer pulse times must be 2..510 ms, were on "
                        + onMillis + " ms, off " + offMillis + " ms");
            }
        }
    }

    private static void requireMultiplier(int value, String which) {
        if (value < 1 || value > 8) {
            throw new IllegalArgumentException("Character " + which + " multiplier must be 1..8, was " + value);
        }
    }
}

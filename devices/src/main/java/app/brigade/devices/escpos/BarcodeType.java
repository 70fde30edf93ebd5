package app.brigade.devices.escpos;

/** Barcode symbologies the encoder can emit with {@code GS k m n d1..dn}. */
public enum BarcodeType {
    /** EAN-13: 12 digits (check digit computed by the printer) or 13 digits. */
    EAN13(67),
    /** CODE128 with code set B (printable ASCII). */
    CODE128(73);

    private final int code;

    BarcodeType(int code) {
        this.code = code;
    }

    /** The {@code m} parameter of {@code GS k} (function B form). */
    public int code() {
        return code;
    }

    /** The symbology for a {@code GS k} function-B parameter, or {@code null} when not supported. */
    public static BarcodeType fromCode(int m) {
        for (BarcodeType type : values()) {
            if (type.code == m) {
                return type;
            }
        }
        return null;
    }
}

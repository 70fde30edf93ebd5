package app.brigade.devices.escpos;

/** QR error correction level for {@code GS ( k} function 169. */
public enum QrErrorCorrection {
    L(48), M(49), Q(50), H(51);

    private final int code;

    QrErrorCorrection(int code) {
        this.code = code;
    }

    /** The {@code n} parameter of function 169. */
    public int code() {
        return code;
    }
}

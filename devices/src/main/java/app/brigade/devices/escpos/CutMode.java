package app.brigade.devices.escpos;

/** Paper cut performed by {@code GS V m}. */
public enum CutMode {
    FULL(0), PARTIAL(1);

    private final int code;

    CutMode(int code) {
        this.code = code;
    }

    /** The {@code m} parameter of {@code GS V m}. */
    public int code() {
        return code;
    }
}

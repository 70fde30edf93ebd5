package app.brigade.devices.escpos;

/** Horizontal justification of a printed line ({@code ESC a n}). */
public enum Align {
    LEFT(0), CENTER(1), RIGHT(2);

    private final int code;

    Align(int code) {
        this.code = code;
    }

    /** The {@code n} parameter of {@code ESC a n}. */
    public int code() {
        return code;
    }

    /** The alignment for an {@code ESC a} parameter; both 0..2 and '0'..'2' are accepted, as printers do. */
    public static Align fromCode(int n) {
        return switch (n) {
            case 0, '0' -> LEFT;
            case 1, '1' -> CENTER;
            case 2, '2' -> RIGHT;
            default -> LEFT;
        };
    }
}

package app.brigade.devices.escpos;

/** Drawer kick-out connector pin pulsed by {@code ESC p m t1 t2}. */
public enum DrawerPin {
    PIN_2(0), PIN_5(1);

    private final int code;

    DrawerPin(int code) {
        this.code = code;
    }

    /** The {@code m} parameter of {@code ESC p}. */
    public int code() {
        return code;
    }

    /** The pin for an {@code ESC p} parameter (0/48 = pin 2, 1/49 = pin 5). */
    public static DrawerPin fromCode(int m) {
        return (m == 1 || m == '1') ? PIN_5 : PIN_2;
    }
}

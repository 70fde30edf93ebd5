package app.brigade.devices.emulator;

import app.brigade.devices.escpos.Align;
import app.brigade.devices.escpos.CutMode;
import app.brigade.devices.escpos.DrawerPin;

/** Receives decoded ESC/POS commands in order. */
interface EscPosSink {

    void init();

    void align(Align align);

    void bold(boolean on);

    void size(int widthMul, int heightMul);

    void text(String text);

    void lineFeed();

    void qr(String data);

    void barcode(String type, String data);

    void cut(CutMode mode);

    void drawerPulse(DrawerPin pin, int onMillis, int offMillis);

    /** {@code DLE EOT n}: the printer must answer one status byte at once. */
    void statusRequest(int n);

    /** A command the emulator does not know; it is skipped. */
    void unknown(String description);
}

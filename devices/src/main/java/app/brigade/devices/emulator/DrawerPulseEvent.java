package app.brigade.devices.emulator;

import app.brigade.devices.escpos.DrawerPin;

/** A drawer kick the emulated printer received. */
public record DrawerPulseEvent(DrawerPin pin, int onMillis, int offMillis) {
}

package app.brigade.devices.drawer;

/** The drawer switch as reported by the printer ({@code DLE EOT 1}). */
public enum DrawerState {
    OPEN, CLOSED,
    /** The printer did not answer, so the drawer state is not known. */
    UNKNOWN
}

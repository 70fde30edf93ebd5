package app.brigade.ui.setup;

/** Which application the wizard sets up: its settings file name, its enrollment kind and its default name. */
public enum TerminalKind {
    POS("pos", "POS-1"),
    KDS("kds", "KDS-1");

    private final String wire;
    private final String defaultName;

    TerminalKind(String wire, String defaultName) {
        this.wire = wire;
        this.defaultName = defaultName;
    }

    /** {@code pos} or {@code kds}: the settings file's base name and the kind sent when enrolling. */
    public String wire() {
        return wire;
    }

    public String defaultName() {
        return defaultName;
    }
}

package app.brigade.devices.drawer;

/**
 * Records every drawer opening; the POS turns no-sales into {@code CashMovement} events. Called on
 * the caller's thread before the pulse is queued, so it must not block on slow I/O.
 */
@FunctionalInterface
public interface DrawerAudit {

    /** Called once per opening. */
    void opened(DrawerOpening opening);
}

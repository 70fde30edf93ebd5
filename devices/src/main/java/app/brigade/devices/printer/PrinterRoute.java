package app.brigade.devices.printer;

/**
 * Which printer serves a role, and an optional backup that takes the role's jobs while the primary
 * is down (typical for kitchen stations). {@code backupId} is {@code null} when there is none.
 */
public record PrinterRoute(String role, String primaryId, String backupId) {
    public PrinterRoute {
        if (role == null || role.isBlank()) {
            throw new IllegalArgumentException("Printer route role must not be blank");
        }
        if (primaryId == null || primaryId.isBlank()) {
            throw new IllegalArgumentException("Printer route '" + role + "' needs a primary printer id");
        }
        if (primaryId.equals(backupId)) {
            throw new IllegalArgumentException("Printer route '" + role + "' uses '" + primaryId + "' as its own backup");
        }
    }

    /** A route without backup. */
    public static PrinterRoute of(String role, String primaryId) {
        return new PrinterRoute(role, primaryId, null);
    }
}

package app.brigade.model.kitchen;

/** How late a ticket is, for its colour on the kitchen display (defaults: warn at 5 min, late at 8). */
public enum TicketAge {
    FRESH,
    WARN,
    LATE
}

package app.brigade.model.kitchen;

import app.brigade.model.event.TicketLine;

/** A line on a kitchen ticket with its state at the station. */
public record TicketItem(TicketLine line, boolean done, boolean voided) {
    public String lineId() {
        return line.lineId();
    }
}

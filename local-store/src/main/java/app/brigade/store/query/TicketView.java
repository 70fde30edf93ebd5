package app.brigade.store.query;

import app.brigade.model.kitchen.KitchenTicket;

/** A kitchen ticket as the KDS shows it, with how often it was recalled and when it was last bumped (HLC ms). */
public record TicketView(KitchenTicket ticket, int recallCount, Long bumpedAtMillis) {
}

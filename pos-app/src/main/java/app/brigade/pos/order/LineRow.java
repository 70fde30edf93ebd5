package app.brigade.pos.order;

/** One line of the ticket panel, ready to show: text, modifiers, price, and whether it was sent or voided. */
public record LineRow(String lineId, String text, String details, String price, boolean fired, boolean voided) {
}

package app.brigade.pos.order;

/**
 * One line of the ticket panel, ready to show: text, modifiers, price, whether it was sent or voided,
 * and whether it is still being saved ({@code pending}: shown at once on the tap, confirmed when durable).
 */
public record LineRow(String lineId, String text, String details, String price, boolean fired, boolean voided,
        boolean pending) {

    public LineRow saved() {
        return pending ? new LineRow(lineId, text, details, price, fired, voided, false) : this;
    }
}

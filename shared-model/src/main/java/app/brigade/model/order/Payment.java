package app.brigade.model.order;

import app.brigade.model.event.PaymentAdded;

/** A payment on the order; a voided payment stays visible but no longer counts. */
public record Payment(PaymentAdded added, boolean voided, String voidReason) {

    public String paymentId() {
        return added.paymentId();
    }
}

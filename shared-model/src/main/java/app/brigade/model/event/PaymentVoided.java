package app.brigade.model.event;

/** A payment taken back before the order closed (e.g. the card terminal declined after all). */
public record PaymentVoided(String orderId, String paymentId, String reason) implements OrderEvent {
    public PaymentVoided {
        Require.id(orderId, "orderId");
        Require.id(paymentId, "paymentId");
        Require.text(reason, "reason");
    }
}

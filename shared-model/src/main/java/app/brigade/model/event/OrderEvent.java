package app.brigade.model.event;

/** An event that changes one order. */
public sealed interface OrderEvent extends EventPayload
        permits OrderOpened, LineAdded, LineQuantityChanged, LineVoided, OrderFired, DiscountApplied, PaymentAdded,
        PaymentVoided, OrderClosed, OrderRefunded, OrderVoided, OrderTransferred, LinesMovedOut, LinesMovedIn {

    String orderId();

    @Override
    default String aggregateId() {
        return orderId();
    }
}

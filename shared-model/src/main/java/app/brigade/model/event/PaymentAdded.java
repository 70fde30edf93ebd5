package app.brigade.model.event;

import app.brigade.model.catalog.TenderType;
import java.util.Objects;

/**
 * A payment towards an order. {@code amount} is what it pays of the order; for cash,
 * {@code tendered} is what the guest handed over and {@code change} what went back. Tips are kept
 * apart from sales.
 */
public record PaymentAdded(
        String orderId,
        String paymentId,
        String shiftId,
        String tenderId,
        TenderType tenderType,
        long amount,
        long tip,
        long tendered,
        long change,
        CardDetails card) implements OrderEvent {
    public PaymentAdded {
        Require.id(orderId, "orderId");
        Require.id(paymentId, "paymentId");
        Objects.requireNonNull(tenderType, "tenderType");
        if (tenderType == TenderType.CARD && card == null) {
            throw new IllegalArgumentException("a card payment needs the card brand, last 4 digits and auth code");
        }
        if (tenderType != TenderType.CARD && card != null) {
            throw new IllegalArgumentException("card details belong only on a card payment");
        }
        if (tenderType != TenderType.CASH && (tendered != 0 || change != 0)) {
            throw new IllegalArgumentException("only cash payments have tendered and change amounts");
        }
        if (tenderType == TenderType.CASH && tendered != amount + tip + change) {
            throw new IllegalArgumentException("cash tendered (" + tendered + ") must equal amount + tip + change ("
                    + (amount + tip + change) + ")");
        }
    }

    public static PaymentAdded cash(String orderId, String paymentId, String shiftId, long amount, long tip,
            long tendered) {
        return new PaymentAdded(orderId, paymentId, shiftId, "cash", TenderType.CASH, amount, tip, tendered,
                tendered - amount - tip, null);
    }

    public static PaymentAdded card(String orderId, String paymentId, String shiftId, long amount, long tip,
            CardDetails card) {
        return new PaymentAdded(orderId, paymentId, shiftId, "card", TenderType.CARD, amount, tip, 0, 0, card);
    }
}

package app.brigade.model.event;

import java.util.List;

/**
 * Lines that left this open check for check {@code toOrderId} (a split by seat or by item). Always
 * recorded together with the matching {@link LinesMovedIn} on the other check.
 */
public record LinesMovedOut(String orderId, String toOrderId, List<String> lineIds) implements OrderEvent {
    public LinesMovedOut {
        Require.id(orderId, "orderId");
        Require.id(toOrderId, "toOrderId");
        lineIds = lineIds == null ? List.of() : List.copyOf(lineIds);
    }
}

package app.brigade.model.event;

import java.util.List;

/**
 * Lines that joined this open check from check {@code fromOrderId}, carrying their full state so this
 * check's history is complete on its own. Always recorded together with the matching
 * {@link LinesMovedOut} on the other check.
 */
public record LinesMovedIn(String orderId, String fromOrderId, List<MovedLine> lines) implements OrderEvent {
    public LinesMovedIn {
        Require.id(orderId, "orderId");
        Require.id(fromOrderId, "fromOrderId");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public List<String> lineIds() {
        return lines.stream().map(MovedLine::lineId).toList();
    }
}

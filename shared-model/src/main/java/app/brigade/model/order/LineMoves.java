package app.brigade.model.order;

import static app.brigade.model.order.RejectionReason.LINE_VOIDED;
import static app.brigade.model.order.RejectionReason.MOVE_UNPAIRED;
import static app.brigade.model.order.RejectionReason.NOTHING_TO_MOVE;
import static app.brigade.model.order.RejectionReason.UNKNOWN_LINE;

import app.brigade.model.event.EventPayload;
import app.brigade.model.event.LinesMovedIn;
import app.brigade.model.event.LinesMovedOut;
import app.brigade.model.event.MovedDiscount;
import app.brigade.model.event.MovedLine;
import app.brigade.model.event.OrderEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Splitting a check: which lines a seat has, the two events that move lines from one open check to
 * another ({@link LinesMovedOut} on the source, {@link LinesMovedIn} on the target, recorded in one
 * call), and the check that both halves are there and describe the lines as they stand.
 */
public final class LineMoves {

    /** Both halves of one move; record {@link #events()} together, after an {@code OrderOpened} for a new check. */
    public record Move(LinesMovedOut out, LinesMovedIn in) {
        public List<OrderEvent> events() {
            return List.of(out, in);
        }
    }

    private LineMoves() {
    }

    /** Seats (1 and up) that have live lines on {@code order}, in ascending order. */
    public static List<Integer> seats(Order order) {
        return order.activeLines().stream().map(l -> l.added().seat()).filter(s -> s > 0).distinct().sorted()
                .toList();
    }

    /** Ids of the live lines of {@code seat} on {@code order}, in ticket order. */
    public static List<String> seatLineIds(Order order, int seat) {
        return order.activeLines().stream().filter(l -> l.added().seat() == seat).map(OrderLine::lineId).toList();
    }

    /**
     * The events that move {@code lineIds} from {@code source} to the check {@code targetOrderId},
     * each line carried with its full state. Whether the move is allowed is the rules' call when it
     * is recorded ({@link OrderRules#decide}); this only refuses lines it cannot describe.
     */
    public static Outcome<Move> move(Order source, String targetOrderId, Collection<String> lineIds) {
        Set<String> ids = new LinkedHashSet<>(lineIds);
        if (ids.isEmpty()) {
            return Outcome.rejected(NOTHING_TO_MOVE, "choose at least one line to move off check "
                    + source.number());
        }
        List<MovedLine> moved = new ArrayList<>();
        for (String id : ids) {
            Optional<OrderLine> line = source.line(id);
            if (line.isEmpty()) {
                return Outcome.rejected(UNKNOWN_LINE, "line " + id + " is not on check " + source.number());
            }
            if (line.get().voided()) {
                return Outcome.rejected(LINE_VOIDED, line.get().name() + " was voided; a voided line stays on its"
                        + " check");
            }
            moved.add(snapshot(source, line.get()));
        }
        return Outcome.accepted(new Move(new LinesMovedOut(source.id(), targetOrderId, List.copyOf(ids)),
                new LinesMovedIn(targetOrderId, source.id(), moved)));
    }

    /** A line as it stands on {@code source}, with its line discounts and their approvers. */
    public static MovedLine snapshot(Order source, OrderLine line) {
        List<MovedDiscount> discounts = source.discounts().stream()
                .filter(d -> line.lineId().equals(d.discount().lineId()))
                .map(d -> new MovedDiscount(d.discount(), d.approverId()))
                .toList();
        return new MovedLine(line.added(), line.quantity(), line.fired(), line.ticketIds(), discounts);
    }

    /**
     * For a local record call: a move half needs exactly one matching other half in the same call
     * ({@code batch}), and the lines moved in must be the source's lines exactly as they stand in
     * {@code current} (the source before the move). Empty for every other event.
     */
    public static Optional<Rejection> checkInBatch(Order current, OrderEvent event,
            List<? extends EventPayload> batch) {
        return switch (event) {
            case LinesMovedOut out -> {
                List<LinesMovedIn> partners = batch.stream().filter(LinesMovedIn.class::isInstance)
                        .map(LinesMovedIn.class::cast)
                        .filter(in -> in.fromOrderId().equals(out.orderId()) && in.orderId().equals(out.toOrderId()))
                        .toList();
                if (partners.size() != 1) {
                    yield unpaired("moving lines off check " + name(current, out.orderId())
                            + " needs exactly one matching LinesMovedIn on check " + out.toOrderId()
                            + " in the same call");
                }
                yield matches(current, out, partners.getFirst());
            }
            case LinesMovedIn in -> {
                long partners = batch.stream().filter(LinesMovedOut.class::isInstance).map(LinesMovedOut.class::cast)
                        .filter(out -> out.orderId().equals(in.fromOrderId()) && out.toOrderId().equals(in.orderId()))
                        .count();
                yield partners == 1 ? Optional.empty()
                        : unpaired("moving lines onto check " + in.orderId() + " needs exactly one matching"
                                + " LinesMovedOut on check " + in.fromOrderId() + " in the same call");
            }
            default -> Optional.empty();
        };
    }

    private static Optional<Rejection> matches(Order source, LinesMovedOut out, LinesMovedIn in) {
        if (!in.lineIds().equals(out.lineIds())) {
            return unpaired("the lines moved onto check " + in.orderId() + " are not the lines taken off check "
                    + name(source, out.orderId()));
        }
        if (source == null) {
            return Optional.empty();
        }
        for (MovedLine m : in.lines()) {
            Optional<OrderLine> line = source.line(m.lineId());
            if (line.isPresent() && !snapshot(source, line.get()).equals(m)) {
                return unpaired(m.added().name() + " moved onto check " + in.orderId() + " does not match how it"
                        + " stands on check " + source.number());
            }
        }
        return Optional.empty();
    }

    private static String name(Order order, String orderId) {
        return order == null ? orderId : order.number();
    }

    private static Optional<Rejection> unpaired(String message) {
        return Optional.of(new Rejection(MOVE_UNPAIRED, message));
    }
}

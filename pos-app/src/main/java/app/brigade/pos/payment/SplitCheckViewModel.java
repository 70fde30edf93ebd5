package app.brigade.pos.payment;

import app.brigade.model.catalog.StoreSettings;
import app.brigade.model.event.OrderOpened;
import app.brigade.model.order.LineMoves;
import app.brigade.model.order.Order;
import app.brigade.model.order.OrderLine;
import app.brigade.model.order.OrderRules;
import app.brigade.model.order.Outcome;
import app.brigade.pos.service.CheckSplit;
import app.brigade.store.query.OrderView;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.i18n.MoneyFormat;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The split-check dialog's state for one check: its seats and live lines, which lines go to the new
 * check (a whole seat, or picked one by one), and what each check will then cost. Pure: the preview
 * is the domain's own move and totals, so it says what the store will accept before anything is sent.
 */
public final class SplitCheckViewModel {

    /** A live line the cashier can send to the new check. */
    public record Choice(String lineId, String text, int seat, String price, BooleanProperty chosen) {
    }

    private static final String PREVIEW_ID = "split-preview";

    private final Order order;
    private final OrderRules rules;
    private final Messages messages;
    private final MoneyFormat money;
    private final List<Integer> seats;
    private final ObservableList<Choice> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private int seat;

    public SplitCheckViewModel(OrderView view, StoreSettings settings, Messages messages, MoneyFormat money) {
        this.order = view.order();
        this.rules = new OrderRules(settings);
        this.messages = messages;
        this.money = money;
        this.seats = LineMoves.seats(order);
        for (OrderLine l : order.activeLines()) {
            BooleanProperty chosen = new SimpleBooleanProperty(false);
            lines.add(new Choice(l.lineId(), messages.format("split.line", l.quantity(), l.name())
                    + (l.added().seat() > 0 ? " \u00b7 " + messages.format("order.seatOf", l.added().seat()) : ""),
                    l.added().seat(), money.format(l.gross()), chosen));
            chosen.subscribe(this::update);
        }
        update();
    }

    public String title() {
        return messages.format("split.title", order.number());
    }

    /** Seats (1 and up) with live lines, for the "move a whole seat" buttons. */
    public List<Integer> seats() {
        return seats;
    }

    public ObservableList<Choice> lines() {
        return lines;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** True when the chosen lines can go: at least one, not all, and the check's rules allow it. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Chooses exactly the lines of {@code seatNumber}. */
    public void chooseSeat(int seatNumber) {
        seat = seatNumber;
        lines.forEach(c -> c.chosen().set(c.seat() == seatNumber));
    }

    /** What to ask the service for: the seat when exactly its lines are chosen, otherwise the lines. */
    public Optional<CheckSplit> request() {
        if (!valid.get()) {
            return Optional.empty();
        }
        List<String> ids = chosenIds();
        if (seat > 0 && ids.equals(LineMoves.seatLineIds(order, seat))) {
            return Optional.of(new CheckSplit.BySeat(seat));
        }
        return Optional.of(new CheckSplit.ByItems(ids));
    }

    private List<String> chosenIds() {
        return lines.stream().filter(c -> c.chosen().get()).map(Choice::lineId).toList();
    }

    private void update() {
        List<String> ids = chosenIds();
        if (ids.isEmpty()) {
            show(messages.get("split.pickLines"), false);
            return;
        }
        if (ids.size() == lines.size()) {
            show(messages.get("split.keepOne"), false);
            return;
        }
        Outcome<LineMoves.Move> move = LineMoves.move(order, PREVIEW_ID, ids);
        Outcome<Order> left = move.isAccepted() ? rules.decide(order, move.orThrow().out(), null)
                : move.map(m -> order);
        if (left instanceof Outcome.Rejected<Order> r) {
            show(r.rejection().message(), false);
            return;
        }
        Order target = Order.open(new OrderOpened(PREVIEW_ID, "-", order.type(), order.tableId(), 0,
                order.employeeId(), order.currency().getCurrencyCode())).apply(move.orThrow().in(), null);
        show(messages.format("split.preview", money.format(rules.totals(target).total()), ids.size(),
                order.number(), money.format(rules.totals(left.orThrow()).due())), true);
    }

    private void show(String text, boolean ok) {
        preview.set(text);
        valid.set(ok);
    }
}

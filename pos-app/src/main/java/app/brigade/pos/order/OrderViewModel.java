package app.brigade.pos.order;

import app.brigade.model.catalog.Catalog;
import app.brigade.model.catalog.Category;
import app.brigade.model.catalog.Employee;
import app.brigade.model.catalog.Item;
import app.brigade.model.catalog.ModifierGroup;
import app.brigade.model.event.DiscountKind;
import app.brigade.model.event.LineAdded;
import app.brigade.model.event.LineModifier;
import app.brigade.model.event.OrderType;
import app.brigade.model.order.LineRequest;
import app.brigade.model.order.OrderLine;
import app.brigade.model.order.OrderStatus;
import app.brigade.model.order.OrderTotals;
import app.brigade.model.order.RejectedException;
import app.brigade.pos.service.FreeText;
import app.brigade.pos.service.PosException;
import app.brigade.pos.service.Problems;
import app.brigade.pos.service.Text;
import app.brigade.pos.service.PosService;
import app.brigade.store.query.OrderView;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.i18n.MoneyFormat;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The order screen's state and commands: categories and items, the ticket of the current order,
 * totals, and the actions (add with modifiers, quantity, void, send, discount). No JavaFX nodes.
 */
public final class OrderViewModel {

    private final PosService service;
    private final UiExecutor executor;
    private final Messages messages;
    private final BooleanProperty rush = new SimpleBooleanProperty();
    private final MoneyFormat money;
    private final Prompts prompts;
    private final Catalog catalog;
    private final ObjectProperty<Employee> employee = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<OrderView> current = new ReadOnlyObjectWrapper<>();
    /** Lines shown on the tap and not yet durable, in tap order. */
    private final Map<String, LineAdded> pending = new LinkedHashMap<>();
    private CompletableFuture<?> chain = CompletableFuture.completedFuture(null);
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ObservableList<LineRow> lines = FXCollections.observableArrayList();
    /**
     * The row last made for each line of the shown order, with the line and pending state it was made from:
     * a tap re-folds the order, and formatting every row again (names, modifiers, money) on a long check was
     * most of a tap's work and allocation — now only the new or changed lines are formatted.
     */
    private final Map<String, MadeRow> rowsMade = new java.util.HashMap<>();
    private String rowsOrderId;
    private final ObjectProperty<LineRow> selected = new SimpleObjectProperty<>();
    private final IntegerProperty seat = new SimpleIntegerProperty(0);
    private final ReadOnlyStringWrapper nextNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public OrderViewModel(PosService service, UiExecutor executor, Messages messages, MoneyFormat money,
            Prompts prompts) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.money = money;
        this.prompts = prompts;
        this.catalog = service.catalog();
        category.subscribe(c -> items.setAll(c == null ? List.of() : catalog.itemsIn(c.id())));
        categories().stream().findFirst().ifPresent(category::set);
        current.subscribe(this::show);
    }

    public List<Category> categories() {
        return catalog.categories().stream().sorted(Comparator.comparingInt(Category::sortOrder)).toList();
    }

    public ObjectProperty<Employee> employeeProperty() {
        return employee;
    }

    public ReadOnlyObjectProperty<OrderView> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public ObservableList<Item> items() {
        return items;
    }

    public ObservableList<LineRow> lines() {
        return lines;
    }

    public ObjectProperty<LineRow> selectedProperty() {
        return selected;
    }

    /** The seat new lines are rung up for (0 = the table, no seat); a split by seat moves one seat's lines. */
    public IntegerProperty seatProperty() {
        return seat;
    }

    /** The note the next item tapped is rung up with (e.g. "no onions"); empty when none is waiting. */
    public ReadOnlyStringProperty nextNoteProperty() {
        return nextNote.getReadOnlyProperty();
    }

    /**
     * Asks for a note for the next item the cashier taps (how kitchens expect it: "no onions" goes with the
     * burger it is rung up with, and reaches the kitchen on that line). Asking again replaces it; an empty
     * answer clears it. A card number is refused here, before it could reach the journal.
     */
    public void noteForNextItem() {
        if (current.get() == null) {
            message.set(messages.get("order.startFirst"));
            return;
        }
        Optional<String> answer = prompts.reason(messages.get("order.noteFor"));
        if (answer.isEmpty()) {
            return;
        }
        try {
            nextNote.set(FreeText.check("field.lineNote", answer.get().strip()));
            message.set("");
        } catch (PosException e) {
            message.set(Problems.describe(e, messages, "order.failed"));
        }
    }

    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String price(Item item) {
        return money.format(item.price());
    }

    /** Starts a new order; dine-in needs a table. */
    public void newOrder(OrderType type, String tableId, int guests) {
        seat.set(0);
        nextNote.set("");
        call(() -> service.openOrder(employee.get(), type, tableId, guests), this::adopt);
    }

    /** Shows an existing open check (from the open-checks list, or after a restart). */
    public void resume(String orderId) {
        seat.set(0);
        nextNote.set("");
        call(() -> service.order(orderId), this::adopt);
    }

    public void clear() {
        current.set(null);
    }

    /** A tap on an item button: asks for modifiers when the item has a forced group, then adds the line. */
    public void tapItem(Item item) {
        if (current.get() == null) {
            message.set(messages.get("order.startFirst"));
            return;
        }
        List<ModifierGroup> groups = item.modifierGroupIds().stream().map(catalog::modifierGroup)
                .flatMap(Optional::stream).toList();
        List<String> chosen = List.of();
        // Only forced choices interrupt the cashier; optional groups are offered in the same dialog then.
        if (groups.stream().anyMatch(ModifierGroup::forced)) {
            Optional<List<String>> answer = prompts.modifiers(item, groups);
            if (answer.isEmpty()) {
                return;
            }
            chosen = answer.get();
        }
        OrderView view = current.get();
        LineRequest request = new LineRequest(item.id(), 1, chosen, seat.get(), 0, nextNote.get());
        Employee cashier = employee.get();
        LineAdded line;
        try {
            line = service.prepareLine(cashier, view, request);
        } catch (PosException | RejectedException e) {
            message.set(Problems.describe(e, messages, "order.failed"));
            return;
        }
        // The line shows in the next frame, marked as being saved, and turns solid once it is durable;
        // if the store refuses it (the check was closed elsewhere meanwhile) the order is read back.
        pending.put(line.lineId(), line);
        nextNote.set("");
        message.set("");
        current.set(service.withLine(view, line));
        String orderId = view.order().id();
        call(() -> {
            service.recordLine(cashier, line);
            return line.lineId();
        }, this::saved, e -> {
            pending.remove(line.lineId());
            fail(e);
            call(() -> service.order(orderId), this::adopt, this::fail);
        });
    }

    /**
     * Shows an order read or folded by a store call. A line tapped while that call ran is not in it yet:
     * it is folded in again, so it does not blink away before its own save confirms it.
     */
    private void adopt(OrderView view) {
        OrderView shown = view;
        if (view != null && !pending.isEmpty()) {
            for (LineAdded line : pending.values()) {
                if (line.orderId().equals(view.order().id()) && view.order().lines().stream()
                        .noneMatch(l -> l.lineId().equals(line.lineId()))) {
                    shown = service.withLine(shown, line);
                }
            }
        }
        current.set(shown);
    }

    /** A pending line is durable now: only its row changes. */
    private void saved(String lineId) {
        pending.remove(lineId);
        for (int i = 0; i < lines.size(); i++) {
            LineRow row = lines.get(i);
            if (row.lineId().equals(lineId)) {
                lines.set(i, row.saved());
                rowsMade.computeIfPresent(lineId, (id, made) -> new MadeRow(made.line(), false, made.row().saved()));
                if (selected.get() == row) {
                    selected.set(lines.get(i));
                }
                return;
            }
        }
    }

    /** What a keyboard-wedge barcode scanner typed (barcode or SKU, then Enter). */
    public void scan(String code) {
        String c = code == null ? "" : code.strip();
        if (c.isEmpty()) {
            return;
        }
        Optional<Item> item = catalog.itemByCode(c);
        if (item.isEmpty()) {
            item = catalog.items().stream().filter(Item::active).filter(i -> i.name().equalsIgnoreCase(c)).findFirst();
        }
        if (item.isEmpty()) {
            List<Item> byName = catalog.items().stream().filter(Item::active)
                    .filter(i -> i.name().toLowerCase(Locale.ROOT).contains(c.toLowerCase(Locale.ROOT))).toList();
            if (byName.size() == 1) {
                tapItem(byName.getFirst());
                return;
            }
            if (!byName.isEmpty()) {
                category.set(null);
                items.setAll(byName);
                return;
            }
            message.set(messages.format("order.noSuchItem", c));
            return;
        }
        tapItem(item.get());
    }

    public void plus() {
        changeQuantity(+1);
    }

    public void minus() {
        changeQuantity(-1);
    }

    private void changeQuantity(int delta) {
        OrderLine line = selectedLine().orElse(null);
        if (line == null) {
            message.set(messages.get("order.selectLine"));
            return;
        }
        if (line.fired()) {
            message.set(messages.get("order.lineSent"));
            return;
        }
        int q = line.quantity() + delta;
        String orderId = current.get().order().id();
        if (q < 1) {
            call(() -> service.voidLine(employee.get(), null, orderId, line.lineId(), "removed"), this::adopt);
        } else {
            OrderView view = current.get();
            call(() -> service.changeQuantity(employee.get(), view, line.lineId(), q), this::adopt);
        }
    }

    /** Voids the selected line; a line already sent to the kitchen asks for a manager's PIN first. */
    public void voidSelected() {
        OrderLine line = selectedLine().orElse(null);
        if (line == null) {
            message.set(messages.get("order.selectLine"));
            return;
        }
        Optional<String> reason = prompts.reason(messages.format("order.voidWhat", line.name()));
        if (reason.isEmpty()) {
            return;
        }
        String orderId = current.get().order().id();
        if (line.fired()) {
            Optional<String> pin = prompts.managerPin(messages.format("order.voidAfterSend", line.name()));
            if (pin.isEmpty()) {
                return;
            }
            Text action = Text.of("action.voidSentLine", line.name());
            call(() -> service.voidLine(employee.get(), service.approver(pin.get(), action), orderId,
                    line.lineId(), reason.get()), this::adopt);
        } else {
            call(() -> service.voidLine(employee.get(), null, orderId, line.lineId(), reason.get()), this::adopt);
        }
    }

    /** Whether the next send goes to the kitchen flagged RUSH; cleared after each send. */
    public BooleanProperty rushProperty() {
        return rush;
    }

    public void send() {
        if (current.get() == null) {
            return;
        }
        String orderId = current.get().order().id();
        boolean rushed = rush.get();
        call(() -> service.send(employee.get(), orderId, rushed), v -> {
            current.set(v);
            rush.set(false);
            message.set(messages.get(rushed ? "order.sentRush" : "order.sent"));
        });
    }

    /** An order discount in percent (basis points) approved by a manager. */
    public void discountPercent(int basisPoints) {
        if (current.get() == null) {
            return;
        }
        Optional<String> reason = prompts.reason(messages.get("order.discount"));
        Optional<String> pin = reason.flatMap(r -> prompts.managerPin(messages.get("order.discount")));
        if (pin.isEmpty()) {
            return;
        }
        String orderId = current.get().order().id();
        call(() -> service.discount(employee.get(), service.approver(pin.get(), Text.of("action.discount")), orderId, null,
                DiscountKind.PERCENT, basisPoints, reason.get()), this::adopt);
    }

    public void voidOrder() {
        if (current.get() == null) {
            return;
        }
        Optional<String> reason = prompts.reason(messages.get("order.voidOrder"));
        if (reason.isEmpty()) {
            return;
        }
        OrderView view = current.get();
        Optional<String> pin = view.order().anyFired()
                ? prompts.managerPin(messages.get("order.voidOrder")) : Optional.of("");
        if (pin.isEmpty()) {
            return;
        }
        call(() -> service.voidOrder(employee.get(),
                view.order().anyFired() ? service.approver(pin.get(), Text.of("action.voidSentOrder")) : null,
                view.order().id(), reason.get()), v -> current.set(null));
    }

    /** Reloads the order after a payment screen changed it. */
    public void refresh(OrderView view) {
        current.set(view == null || view.order().status() != OrderStatus.OPEN ? null : view);
    }

    private Optional<OrderLine> selectedLine() {
        LineRow row = selected.get();
        if (row == null || current.get() == null) {
            return Optional.empty();
        }
        return current.get().order().line(row.lineId()).filter(l -> !l.voided());
    }

    private void show(OrderView view) {
        String keep = selected.get() == null ? null : selected.get().lineId();
        if (view == null) {
            rowsMade.clear();
            rowsOrderId = null;
            lines.clear();
            header.set(messages.get("order.none"));
            totals.set("");
            total.set("");
            return;
        }
        var o = view.order();
        if (!o.id().equals(rowsOrderId)) {
            rowsMade.clear();
            rowsOrderId = o.id();
        }
        header.set(messages.format("order.header", o.number(), messages.get("orderType." + o.type().name()),
                o.tableId() == null ? "" : catalog.tables().stream().filter(t -> t.id().equals(o.tableId()))
                        .map(t -> t.name()).findFirst().orElse(o.tableId())));
        List<LineRow> rows = new java.util.ArrayList<>(o.lines().size());
        for (OrderLine l : o.lines()) {
            rows.add(rowFor(l));
        }
        if (rows.size() == lines.size() + 1 && rows.subList(0, lines.size()).equals(lines)) {
            lines.add(rows.getLast()); // the common case, a tap: one new line, no re-render of the others
        } else if (rows.size() == lines.size()) {
            // A line turned solid, changed quantity or was voided: replace just the rows that changed.
            for (int i = 0; i < rows.size(); i++) {
                if (!rows.get(i).equals(lines.get(i))) {
                    lines.set(i, rows.get(i));
                }
            }
        } else {
            lines.setAll(rows);
        }
        lines.stream().filter(r -> r.lineId().equals(keep)).findFirst().ifPresentOrElse(selected::set,
                () -> selected.set(lines.isEmpty() ? null : lines.getLast()));
        OrderTotals t = view.totals();
        StringBuilder sb = new StringBuilder();
        sb.append(messages.format("order.subtotal", money.format(t.subtotal())));
        if (t.discounts() > 0) {
            sb.append('\n').append(messages.format("order.discounts", money.format(t.discounts())));
        }
        if (t.exclusiveTax() > 0) {
            sb.append('\n').append(messages.format("order.taxAdded", money.format(t.exclusiveTax())));
        }
        if (t.inclusiveTax() > 0) {
            sb.append('\n').append(messages.format("order.taxIncluded", money.format(t.inclusiveTax())));
        }
        if (t.paid() > 0) {
            sb.append('\n').append(messages.format("order.paid", money.format(t.paid())));
        }
        totals.set(sb.toString());
        total.set(messages.format("order.due", money.format(Math.max(t.due(), 0))));
    }

    private record MadeRow(OrderLine line, boolean pending, LineRow row) {
    }

    private LineRow rowFor(OrderLine l) {
        boolean isPending = pending.containsKey(l.lineId());
        MadeRow made = rowsMade.get(l.lineId());
        if (made != null && made.pending() == isPending && (made.line() == l || made.line().equals(l))) {
            return made.row();
        }
        LineRow row = row(l);
        rowsMade.put(l.lineId(), new MadeRow(l, isPending, row));
        return row;
    }

    private LineRow row(OrderLine l) {
        String details = l.added().modifiers().stream().map(LineModifier::name).collect(Collectors.joining(", "));
        if (!l.added().note().isBlank()) {
            details = details.isEmpty() ? l.added().note() : details + " — " + l.added().note();
        }
        if (l.added().seat() > 0) {
            String seatText = messages.format("order.seatOf", l.added().seat());
            details = details.isEmpty() ? seatText : seatText + " · " + details;
        }
        return new LineRow(l.lineId(), l.quantity() + " × " + l.name(), details, money.format(l.gross()), l.fired(),
                l.voided(), pending.containsKey(l.lineId()));
    }

    private <T> void call(Callable<T> work, Consumer<T> done) {
        message.set("");
        call(work, done, this::fail);
    }

    /**
     * Runs store work off the FX thread, one call after the other in the order the cashier acted (a Send
     * right after a tap must see the tapped line), never blocking the FX thread.
     */
    private <T> void call(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        CompletableFuture<?> previous = chain;
        chain = executor.run(() -> {
            previous.handle((ok, error) -> null).join();
            return work.call();
        }, done, failed);
    }

    private void fail(Throwable e) {
        message.set(Problems.describe(e, messages, "order.failed"));
    }
}

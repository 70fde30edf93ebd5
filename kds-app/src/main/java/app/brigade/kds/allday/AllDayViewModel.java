package app.brigade.kds.allday;

import app.brigade.kds.card.CardModel;
import app.brigade.model.kitchen.AllDayCounts;
import app.brigade.model.kitchen.KitchenTicket;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The all-day panel: how many of each item are still to make across the open tickets on this
 * screen (done and void items and cancelled orders excluded), most first, then by name.
 */
public final class AllDayViewModel {

    private final ObservableList<AllDayRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AllDayRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();

    public AllDayViewModel(ObservableList<CardModel> cards) {
        cards.addListener((ListChangeListener<CardModel>) c -> recount(cards));
        recount(cards);
    }

    public ObservableList<AllDayRow> rows() {
        return rowsView;
    }

    /** Items still to make in all. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The count for {@code name}, 0 when none is open. */
    public int count(String name) {
        return rows.stream().filter(r -> r.name().equals(name)).mapToInt(AllDayRow::quantity).sum();
    }

    private void recount(List<CardModel> cards) {
        List<KitchenTicket> tickets = cards.stream().map(CardModel::ticket).toList();
        List<AllDayRow> next = AllDayCounts.of(tickets).entrySet().stream()
                .map(e -> new AllDayRow(e.getKey(), e.getValue()))
                .sorted((a, b) -> a.quantity() != b.quantity() ? Integer.compare(b.quantity(), a.quantity())
                        : a.name().compareTo(b.name()))
                .toList();
        if (!next.equals(rows)) {
            rows.setAll(next);
        }
        total.set(next.stream().mapToInt(AllDayRow::quantity).sum());
    }
}

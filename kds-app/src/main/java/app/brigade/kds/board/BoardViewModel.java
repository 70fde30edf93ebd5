package app.brigade.kds.board;

import app.brigade.kds.card.CardModel;
import app.brigade.kds.sound.Chime;
import app.brigade.model.kitchen.TicketAge;
import app.brigade.store.query.TicketView;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A station's ticket board: the open tickets of this screen's stations in fire order (plus cancel
 * cards for orders voided after fire), paged, with a selection the bump bar moves, and the commands a
 * cook has: item done, bump, recall. All store work runs through the {@link UiExecutor}.
 */
public final class BoardViewModel extends PagedScreenModel<CardModel, BoardSnapshot> {

    /** How many bumped tickets the recall list keeps. */
    public static final int RECALL_LIMIT = 12;

    private final KitchenService service;
    private final List<String> stations;
    private final Thresholds thresholds;
    private final List<String> allergyWords;
    private final Chime chime;

    private final ObservableList<CardModel> recallList = FXCollections.observableArrayList();
    private final ObservableList<CardModel> recallListView = FXCollections.unmodifiableObservableList(recallList);
    private final ReadOnlyIntegerWrapper newTickets = new ReadOnlyIntegerWrapper();
    private final Set<String> seen = new HashSet<>();
    private boolean loadedOnce;

    public BoardViewModel(KitchenService service, UiExecutor executor, List<String> stations, Thresholds thresholds,
            List<String> allergyWords, Chime chime, Messages messages, long nowMillis) {
        super(executor, messages, nowMillis, CardModel::ticketId);
        this.service = service;
        this.stations = List.copyOf(stations);
        this.thresholds = thresholds;
        this.allergyWords = List.copyOf(allergyWords);
        this.chime = chime;
    }

    // ---- state ------------------------------------------------------------------------------------

    /** Every card in fire order. */
    public ObservableList<CardModel> cards() {
        return items();
    }

    /** The cards of the current page. */
    public ObservableList<CardModel> pageCards() {
        return pageItems();
    }

    /** Recently bumped tickets, newest first. */
    public ObservableList<CardModel> recallList() {
        return recallListView;
    }

    /** Counts new tickets that arrived while the screen was running (each one chimed). */
    public ReadOnlyIntegerProperty newTicketsProperty() {
        return newTickets.getReadOnlyProperty();
    }

    public List<String> stations() {
        return stations;
    }

    public TicketAge age(CardModel card) {
        return thresholds.age(card.ticket().stationId(), card.ticket().firedAtMillis(), nowProperty().get());
    }

    public Optional<CardModel> card(String ticketId) {
        return cards().stream().filter(c -> c.ticketId().equals(ticketId)).findFirst();
    }

    // ---- commands ---------------------------------------------------------------------------------

    /** Tap on an item: done, or not done again. Void items and cancel cards do not change. */
    public void toggleItem(String ticketId, String lineId) {
        card(ticketId).filter(c -> !c.cancelled()).ifPresent(c -> c.items().stream()
                .filter(i -> i.lineId().equals(lineId) && !i.voided()).findFirst()
                .ifPresent(i -> record(ticketId + "/" + lineId, () -> service.itemDone(c.ticket(), lineId,
                        !i.done()), () -> { })));
    }

    /**
     * Tap on the header or the bump key: the ticket leaves the screen. Dismissing a cancel card is a bump
     * too, so it is durable (does not come back after a restart) and reaches the other screens.
     */
    public void bump(String ticketId) {
        CardModel c = card(ticketId).orElse(null);
        if (c == null) {
            return;
        }
        if (c.cancelled()) {
            show(cards().stream().filter(x -> !x.ticketId().equals(ticketId)).toList());
        }
        record(ticketId, () -> service.bump(c.ticket()), () -> { });
    }

    public void recall(String ticketId) {
        recallList.stream().filter(c -> c.ticketId().equals(ticketId)).findFirst()
                .ifPresent(c -> record(ticketId, () -> service.recall(c.ticket()), () -> { }));
    }

    @Override
    public void recallLast() {
        if (!recallList.isEmpty()) {
            recall(recallList.getFirst().ticketId());
        }
    }

    @Override
    public void bumpSelected() {
        String id = paging.selectedOrFirst();
        if (id != null) {
            bump(id);
        }
    }

    // ---- internals --------------------------------------------------------------------------------

    @Override
    protected BoardSnapshot load() {
        return service.load(stations, RECALL_LIMIT);
    }

    @Override
    protected void apply(BoardSnapshot s) {
        Map<String, CardModel> before = new LinkedHashMap<>();
        cards().forEach(c -> before.put(c.ticketId(), c));
        List<CardModel> next = new ArrayList<>(s.open().size() + s.cancelled().size());
        int arrived = 0;
        for (TicketView v : s.open()) {
            String id = v.ticket().ticketId();
            CardModel fresh = CardModel.of(v, allergyWords);
            CardModel old = before.get(id);
            next.add(fresh.equals(old) ? old : fresh);
            if (seen.add(id) && loadedOnce) {
                arrived++;
            }
        }
        if (!s.cancelled().isEmpty()) {
            for (TicketView v : s.cancelled()) {
                CardModel fresh = CardModel.of(v, allergyWords);
                CardModel old = before.get(v.ticket().ticketId());
                next.add(fresh.equals(old) ? old : fresh);
            }
            next.sort(Comparator.comparingLong(c -> c.ticket().firedAtMillis()));
        }
        show(next);
        List<CardModel> recalls = s.bumped().stream().map(v -> CardModel.of(v, allergyWords)).toList();
        if (!recalls.equals(recallList)) {
            recallList.setAll(recalls);
        }
        if (arrived > 0) {
            newTickets.set(newTickets.get() + arrived);
            chime.play();
        }
        loadedOnce = true;
    }
}

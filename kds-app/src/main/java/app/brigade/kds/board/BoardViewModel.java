package app.brigade.kds.board;

import app.brigade.kds.bumpbar.BumpTarget;
import app.brigade.kds.card.CardModel;
import app.brigade.kds.sound.Chime;
import app.brigade.model.kitchen.TicketAge;
import app.brigade.store.api.RecordResult;
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
import java.util.concurrent.Callable;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A station's ticket board: the open tickets of this screen's stations in fire order (plus cancel
 * cards for orders voided after fire), paged, with a selection the bump bar moves, and the commands a
 * cook has: item done, bump, recall. All store work runs through the {@link UiExecutor}.
 */
public final class BoardViewModel implements BumpTarget {

    /** How many bumped tickets the recall list keeps. */
    public static final int RECALL_LIMIT = 12;

    private final KitchenService service;
    private final UiExecutor executor;
    private final List<String> stations;
    private final Thresholds thresholds;
    private final List<String> allergyWords;
    private final Chime chime;
    private final Messages messages;

    private final ObservableList<CardModel> cards = FXCollections.observableArrayList();
    private final ObservableList<CardModel> cardsView = FXCollections.unmodifiableObservableList(cards);
    private final ObservableList<CardModel> pageCards = FXCollections.observableArrayList();
    private final ObservableList<CardModel> pageCardsView = FXCollections.unmodifiableObservableList(pageCards);
    private final ObservableList<CardModel> recallList = FXCollections.observableArrayList();
    private final ObservableList<CardModel> recallListView = FXCollections.unmodifiableObservableList(recallList);
    private final Paging paging = new Paging();
    private final LongProperty now = new SimpleLongProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper newTickets = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper refreshes = new ReadOnlyIntegerWrapper();

    private final Set<String> seen = new HashSet<>();
    private final Set<String> pending = new HashSet<>();
    private boolean loadedOnce;
    private boolean refreshing;
    private boolean refreshAgain;

    public BoardViewModel(KitchenService service, UiExecutor executor, List<String> stations, Thresholds thresholds,
            List<String> allergyWords, Chime chime, Messages messages, long nowMillis) {
        this.service = service;
        this.executor = executor;
        this.stations = List.copyOf(stations);
        this.thresholds = thresholds;
        this.allergyWords = List.copyOf(allergyWords);
        this.chime = chime;
        this.messages = messages;
        this.now.set(nowMillis);
        paging.pageProperty().subscribe(p -> updatePage());
        paging.pageSizeProperty().subscribe(p -> updatePage());
    }

    // ---- state ------------------------------------------------------------------------------------

    /** Every card in fire order. */
    public ObservableList<CardModel> cards() {
        return cardsView;
    }

    /** The cards of the current page. */
    public ObservableList<CardModel> pageCards() {
        return pageCardsView;
    }

    /** Recently bumped tickets, newest first. */
    public ObservableList<CardModel> recallList() {
        return recallListView;
    }

    public Paging paging() {
        return paging;
    }

    public ReadOnlyStringProperty selectedIdProperty() {
        return paging.selectedIdProperty();
    }

    public ReadOnlyLongProperty nowProperty() {
        return now;
    }

    /** The last thing that went wrong, in the cook's words; empty when all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Counts new tickets that arrived while the screen was running (each one chimed). */
    public ReadOnlyIntegerProperty newTicketsProperty() {
        return newTickets.getReadOnlyProperty();
    }

    /** Counts finished refreshes (tests wait on it instead of sleeping). */
    public ReadOnlyIntegerProperty refreshesProperty() {
        return refreshes.getReadOnlyProperty();
    }

    public List<String> stations() {
        return stations;
    }

    public TicketAge age(CardModel card) {
        return thresholds.age(card.ticket().stationId(), card.ticket().firedAtMillis(), now.get());
    }

    public Optional<CardModel> card(String ticketId) {
        return cards.stream().filter(c -> c.ticketId().equals(ticketId)).findFirst();
    }

    // ---- commands ---------------------------------------------------------------------------------

    /** The clock moved: timers and age colours follow. */
    public void tick(long nowMillis) {
        now.set(nowMillis);
    }

    /** Reads the board again; calls while one is running are folded into one more read. */
    public void refresh() {
        if (refreshing) {
            refreshAgain = true;
            return;
        }
        refreshing = true;
        executor.run(() -> service.load(stations, RECALL_LIMIT), this::apply, e -> {
            message.set(messages.get("kds.error.load"));
            finishRefresh();
        });
    }

    /** Tap on an item: done, or not done again. Void items and cancel cards do not change. */
    public void toggleItem(String ticketId, String lineId) {
        card(ticketId).filter(c -> !c.cancelled()).ifPresent(c -> c.items().stream()
                .filter(i -> i.lineId().equals(lineId) && !i.voided()).findFirst()
                .ifPresent(i -> record(ticketId + "/" + lineId, () -> service.itemDone(c.ticket(), lineId,
                        !i.done()))));
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
            show(cards.stream().filter(x -> !x.ticketId().equals(ticketId)).toList());
        }
        record(ticketId, () -> service.bump(c.ticket()));
    }

    public void recall(String ticketId) {
        recallList.stream().filter(c -> c.ticketId().equals(ticketId)).findFirst()
                .ifPresent(c -> record(ticketId, () -> service.recall(c.ticket())));
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

    public void select(String ticketId) {
        paging.select(ticketId);
    }

    @Override
    public void selectPosition(int position) {
        paging.selectPosition(position);
    }

    @Override
    public void moveSelection(int delta) {
        paging.move(delta);
    }

    @Override
    public int columns() {
        return paging.columnsProperty().get();
    }

    @Override
    public void nextPage() {
        paging.nextPage();
    }

    @Override
    public void previousPage() {
        paging.previousPage();
    }

    /** The view reports how many cards fit. */
    public void layout(int columnCount, int rows) {
        paging.layout(columnCount, rows);
        updatePage();
    }

    // ---- internals --------------------------------------------------------------------------------

    private void record(String key, Callable<RecordResult> work) {
        if (!pending.add(key)) {
            return;
        }
        executor.run(work, result -> {
            pending.remove(key);
            if (result instanceof RecordResult.Rejected r) {
                message.set(messages.format("kds.error.rejected", r.rejection().message()));
            } else {
                message.set("");
            }
            refresh();
        }, e -> {
            pending.remove(key);
            message.set(messages.get("kds.error.save"));
            refresh();
        });
    }

    private void apply(BoardSnapshot s) {
        Map<String, CardModel> before = new LinkedHashMap<>();
        cards.forEach(c -> before.put(c.ticketId(), c));
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
        finishRefresh();
    }

    private void finishRefresh() {
        refreshing = false;
        refreshes.set(refreshes.get() + 1);
        if (refreshAgain) {
            refreshAgain = false;
            refresh();
        }
    }

    private void show(List<CardModel> next) {
        if (!next.equals(cards)) {
            cards.setAll(next);
        }
        paging.update(cards.stream().map(CardModel::ticketId).toList());
        updatePage();
    }

    private void updatePage() {
        List<String> ids = paging.pageIds();
        List<CardModel> onPage = new ArrayList<>(ids.size());
        Map<String, CardModel> byId = new LinkedHashMap<>();
        cards.forEach(c -> byId.put(c.ticketId(), c));
        ids.forEach(id -> onPage.add(byId.get(id)));
        if (!onPage.equals(pageCards)) {
            pageCards.setAll(onPage);
        }
    }
}

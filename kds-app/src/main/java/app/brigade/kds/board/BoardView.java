package app.brigade.kds.board;

import app.brigade.kds.card.CardActions;
import app.brigade.kds.card.CardModel;
import app.brigade.kds.card.Elapsed;
import app.brigade.kds.card.TicketCard;
import app.brigade.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;

/**
 * The ticket grid: as many fixed-size cards as fit the screen (at most ten, one per bump-bar digit),
 * paged by the {@link BoardViewModel}. The card nodes are slots that stay in the scene: a page turn or a
 * new ticket changes what a slot shows instead of adding nodes, because adding a node re-applies CSS to
 * its whole subtree, which was the costliest part of a pulse (docs/benchmarks.md). The one-second tick
 * only touches the timers of the cards on screen.
 */
public final class BoardView extends StackPane {

    /** Narrowest card that still reads well from two metres. */
    public static final double MIN_CARD_WIDTH = 290;
    private static final int MAX_CARDS = 10;

    private final BoardViewModel vm;
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private final Label empty = new Label();
    private final List<TicketCard> slots = new ArrayList<>();
    private final CardActions actions;
    private final Function<String, String> stationName;
    private int columns = -1;
    private int rows = -1;

    /** {@code stationNames} names the stations on cards when the screen shows more than one. */
    public BoardView(BoardViewModel vm, Messages messages, Map<String, String> stationNames) {
        this.vm = vm;
        this.messages = messages;
        this.stationName = vm.stations().size() == 1 ? null : id -> stationNames.getOrDefault(id, id);
        setId("board");
        grid.getStyleClass().add("board-grid");
        grid.setId("board-grid");
        empty.setText(messages.get("kds.empty"));
        empty.getStyleClass().add("kds-empty");
        empty.setId("board-empty");
        getChildren().addAll(grid, empty);
        actions = new CardActions() {
            @Override
            public void header(String ticketId) {
                vm.select(ticketId);
                vm.bump(ticketId);
            }

            @Override
            public void item(String ticketId, String lineId) {
                vm.select(ticketId);
                vm.toggleItem(ticketId, lineId);
            }
        };
        vm.pageCards().addListener((ListChangeListener<CardModel>) c -> showPage());
        vm.nowProperty().subscribe(n -> tick());
        vm.selectedIdProperty().subscribe(id -> markSelection());
        widthProperty().subscribe(w -> relayout());
        heightProperty().subscribe(h -> relayout());
        showPage();
    }

    private void relayout() {
        if (getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        int r = getHeight() >= 560 ? 2 : 1;
        int c = Math.max(1, Math.min(MAX_CARDS / r, (int) (getWidth() / MIN_CARD_WIDTH)));
        if (c == columns && r == rows) {
            return;
        }
        columns = c;
        rows = r;
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        for (int i = 0; i < c; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / c);
            cc.setMinWidth(0);
            grid.getColumnConstraints().add(cc);
        }
        for (int i = 0; i < r; i++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / r);
            rc.setMinHeight(0);
            grid.getRowConstraints().add(rc);
        }
        vm.layout(c, r);
        showPage();
    }

    private void showPage() {
        List<CardModel> page = vm.pageCards();
        int cols = Math.max(1, columns);
        for (int i = 0; i < page.size(); i++) {
            CardModel m = page.get(i);
            TicketCard card;
            if (i < slots.size()) {
                card = slots.get(i);
                card.update(m);
            } else {
                card = new TicketCard(m, messages, actions, stationName);
                slots.add(card);
                grid.getChildren().add(card);
            }
            card.position(i < 9 ? String.valueOf(i + 1) : i == 9 ? "0" : "");
            card.setOnMouseClicked(e -> vm.select(card.model().ticketId()));
            GridPane.setConstraints(card, i % cols, i / cols);
            card.setVisible(true);
            card.setManaged(true);
        }
        for (int i = page.size(); i < slots.size(); i++) {
            TicketCard spare = slots.get(i);
            spare.setVisible(false);
            spare.setManaged(false);
            spare.setId(null);
        }
        empty.setVisible(vm.cards().isEmpty());
        tick();
        markSelection();
    }

    private void tick() {
        long now = vm.nowProperty().get();
        List<CardModel> page = vm.pageCards();
        for (int i = 0; i < page.size() && i < slots.size(); i++) {
            CardModel m = page.get(i);
            slots.get(i).tick(Elapsed.format(m.ticket().firedAtMillis(), now), vm.age(m));
        }
    }

    private void markSelection() {
        String selected = vm.selectedIdProperty().get();
        List<CardModel> page = vm.pageCards();
        for (int i = 0; i < page.size() && i < slots.size(); i++) {
            slots.get(i).selected(page.get(i).ticketId().equals(selected));
        }
    }
}

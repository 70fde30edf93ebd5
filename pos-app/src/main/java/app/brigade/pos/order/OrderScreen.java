package app.brigade.pos.order;

import app.brigade.model.catalog.Category;
import app.brigade.model.catalog.DiningTable;
import app.brigade.model.catalog.Item;
import app.brigade.model.event.OrderType;
import app.brigade.ui.i18n.Messages;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The order screen: category bar, item grid with search/scan, ticket panel, totals and actions. */
public final class OrderScreen extends BorderPane {

    private static final PseudoClass UNFIRED = PseudoClass.getPseudoClass("unfired");
    private static final PseudoClass VOIDED = PseudoClass.getPseudoClass("voided");
    private static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");
    /** Seat buttons 1..SEATS (plus "no seat"): enough for the tables a POS screen serves. */
    private static final int SEATS = 6;

    /** Navigation the screen asks of the shell. */
    public interface Navigation {
        void pay();

        void checks();

        void manager();

        void logout();
    }

    public OrderScreen(OrderViewModel model, Messages messages, List<DiningTable> tables, Navigation nav) {
        setId("order-screen");
        setPadding(new Insets(8));

        ChoiceBox<DiningTable> table = new ChoiceBox<>();
        table.setId("table-choice");
        table.getItems().setAll(tables);
        table.setConverter(new StringConverter<>() {
            @Override
            public String toString(DiningTable t) {
                return t == null ? messages.get("order.table") : t.name();
            }

            @Override
            public DiningTable fromString(String s) {
                return null;
            }
        });
        if (!tables.isEmpty()) {
            table.setValue(tables.getFirst());
        }
        Spinner<Integer> guests = new Spinner<>(1, 30, 2);
        guests.setId("guests");
        guests.setPrefWidth(90);
        Button dineIn = button(messages.get("order.dineIn"), "new-dine-in");
        dineIn.setOnAction(e -> model.newOrder(OrderType.DINE_IN,
                table.getValue() == null ? null : table.getValue().id(), guests.getValue()));
        Button takeout = button(messages.get("order.takeout"), "new-takeout");
        takeout.setOnAction(e -> model.newOrder(OrderType.TAKEOUT, null, 1));
        Button checks = button(messages.get("order.checks"), "open-checks");
        checks.setOnAction(e -> nav.checks());
        Button manager = button(messages.get("order.manager"), "manager");
        manager.setOnAction(e -> nav.manager());
        Button logout = button(messages.get("order.logout"), "logout");
        logout.setOnAction(e -> nav.logout());
        Label header = new Label();
        header.setId("order-header");
        header.getStyleClass().add("title-3");
        header.textProperty().bind(model.headerProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(8, header, grow, table, guests, dineIn, takeout, checks, manager, logout);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);

        FlowPane categories = new FlowPane(6, 6);
        categories.setId("category-bar");
        ToggleGroup group = new ToggleGroup();
        for (Category c : model.categories()) {
            ToggleButton b = new ToggleButton(c.name());
            b.setId("cat-" + c.id());
            b.getStyleClass().add("category-button");
            if (c.color() != null) {
                b.setStyle("-fx-border-color: " + c.color() + "; -fx-border-width: 0 0 4 0;");
            }
            b.setToggleGroup(group);
            b.setSelected(c.equals(model.categoryProperty().get()));
            b.setOnAction(e -> model.categoryProperty().set(c));
            categories.getChildren().add(b);
        }

        TextField search = new TextField();
        search.setId("search");
        search.setPromptText(messages.get("order.search"));
        search.setOnAction(e -> {
            model.scan(search.getText());
            search.clear();
        });
        FlowPane grid = new FlowPane(8, 8);
        grid.setId("item-grid");
        grid.setPadding(new Insets(8, 0, 8, 0));
        model.items().subscribe(() -> grid.getChildren().setAll(model.items().stream()
                .map(i -> itemButton(i, model)).toList()));
        grid.getChildren().setAll(model.items().stream().map(i -> itemButton(i, model)).toList());
        ScrollPane gridScroll = new ScrollPane(grid);
        gridScroll.setFitToWidth(true);
        VBox.setVgrow(gridScroll, Priority.ALWAYS);
        VBox left = new VBox(8, categories, search, gridScroll);
        setCenter(left);

        TicketList ticket = new TicketList(model.lines());
        ticket.setId("ticket");
        ticket.setCellFactory(lv -> new LineCell());
        ticket.getSelectionModel().selectedItemProperty().subscribe(r -> {
            if (r != null) {
                model.selectedProperty().set(r);
            }
        });
        model.selectedProperty().subscribe(r -> {
            if (r != null && ticket.getSelectionModel().getSelectedItem() != r) {
                ticket.getSelectionModel().select(r);
            }
        });
        VBox.setVgrow(ticket, Priority.ALWAYS);
        FlowPane seats = new FlowPane(4, 4);
        seats.setId("seat-bar");
        ToggleGroup seatGroup = new ToggleGroup();
        Label seatLabel = new Label(messages.get("order.seat"));
        seatLabel.setMinHeight(48);
        seats.getChildren().add(seatLabel);
        for (int n = 0; n <= SEATS; n++) {
            int seatNumber = n;
            ToggleButton b = new ToggleButton(n == 0 ? messages.get("order.seatNone") : String.valueOf(n));
            b.setId("seat-" + n);
            b.setMinSize(48, 48);
            b.setFocusTraversable(false);
            b.setToggleGroup(seatGroup);
            b.setOnAction(e -> {
                b.setSelected(true); // a second tap keeps the seat rather than leaving none shown
                model.seatProperty().set(seatNumber);
            });
            seats.getChildren().add(b);
        }
        model.seatProperty().subscribe(n -> seatGroup.getToggles().forEach(t -> t.setSelected(
                ((ToggleButton) t).getId().equals("seat-" + n))));
        Label totals = new Label();
        totals.setId("totals");
        totals.textProperty().bind(model.totalsProperty());
        totals.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label due = new Label();
        due.setId("total-due");
        due.getStyleClass().add("total-label");
        due.textProperty().bind(model.totalProperty());
        Button plus = button("+", "qty-plus");
        plus.setOnAction(e -> model.plus());
        Button minus = button("−", "qty-minus");
        minus.setOnAction(e -> model.minus());
        Button voidLine = button(messages.get("order.void"), "void-line");
        voidLine.setOnAction(e -> model.voidSelected());
        Button discount = button(messages.get("order.discount10"), "discount-10");
        discount.setOnAction(e -> model.discountPercent(1000));
        Button voidOrder = button(messages.get("order.voidOrderButton"), "void-order");
        voidOrder.setOnAction(e -> model.voidOrder());
        Button send = button(messages.get("order.send"), "send");
        send.getStyleClass().addAll("big-action");
        send.setOnAction(e -> model.send());
        ToggleButton rush = new ToggleButton(messages.get("order.rush"));
        rush.setId("rush");
        rush.getStyleClass().add("rush-toggle");
        rush.setFocusTraversable(false);
        rush.selectedProperty().bindBidirectional(model.rushProperty());
        rush.disableProperty().bind(model.currentProperty().isNull());
        Button pay = button(messages.get("order.pay"), "pay");
        pay.getStyleClass().addAll("big-action", "success");
        pay.setOnAction(e -> nav.pay());
        pay.disableProperty().bind(model.currentProperty().isNull());
        send.disableProperty().bind(model.currentProperty().isNull());
        HBox.setHgrow(send, Priority.ALWAYS);
        HBox.setHgrow(pay, Priority.ALWAYS);
        send.setMaxWidth(Double.MAX_VALUE);
        pay.setMaxWidth(Double.MAX_VALUE);
        Label message = new Label();
        message.setId("order-message");
        message.getStyleClass().add("error-label");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Button note = button(messages.get("order.note"), "line-note");
        note.setOnAction(e -> model.noteForNextItem());
        Label nextNote = new Label();
        nextNote.setId("next-note");
        nextNote.getStyleClass().add("next-note-label");
        nextNote.textProperty().bind(model.nextNoteProperty().map(n -> n.isEmpty() ? "" : messages.format(
                "order.nextNote", n)));
        VBox right = new VBox(8, seats, ticket, nextNote, totals, due, new HBox(6, plus, minus, voidLine, note),
                new HBox(6, discount, voidOrder), new HBox(8, rush, send, pay), message);
        right.setPrefWidth(380);
        right.setPadding(new Insets(0, 0, 0, 8));
        setRight(right);

        // Keyboard-only selling: F2 takeout, F3 dine-in, F9 send, F12 pay; typing goes to search/scan.
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case F2 -> takeout.fire();
                case F3 -> dineIn.fire();
                case F9 -> send.fire();
                case F12 -> pay.fire();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        sceneProperty().subscribe(scene -> {
            if (scene != null) {
                javafx.application.Platform.runLater(search::requestFocus);
            }
        });
    }

    private static Button itemButton(Item item, OrderViewModel model) {
        Button b = new Button(item.name() + "\n" + model.price(item));
        b.setId("item-" + item.id());
        b.getStyleClass().add("item-button");
        b.setOnAction(e -> model.tapItem(item));
        return b;
    }

    private static Button button(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        return b;
    }

    /**
     * The ticket. A line rung up at the end of a long check scrolls into view, so the cashier sees every
     * tap land; it keeps following the end while later changes arrive (the line turning solid, the next
     * tap) until the cashier touches, scrolls or keys in the ticket. The scroll happens in the ticket's
     * own layout, after its skin has counted the new rows: asked for earlier, the list would scroll to
     * the old last row and stay one row short.
     */
    private static final class TicketList extends ListView<LineRow> {
        private boolean follow;
        private boolean scrollPending;
        private int scrollRetries;
        /** Held here and registered weakly: the view model outlives the order screens built on it. */
        private final ListChangeListener<LineRow> followEnd;

        TicketList(ObservableList<LineRow> lines) {
            super(lines);
            followEnd = c -> {
                while (c.next()) {
                    if (c.wasAdded() && !c.wasReplaced() && c.getTo() == c.getList().size()) {
                        follow = true;
                    }
                }
                if (follow && !c.getList().isEmpty()) {
                    scrollPending = true;
                    requestLayout();
                }
            };
            lines.addListener(new WeakListChangeListener<>(followEnd));
            addEventFilter(ScrollEvent.ANY, e -> follow = false);
            addEventFilter(MouseEvent.MOUSE_PRESSED, e -> follow = false);
            addEventFilter(KeyEvent.KEY_PRESSED, e -> follow = false);
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (!scrollPending) {
                return;
            }
            int last = getItems().size() - 1;
            if (!(lookup(".virtual-flow") instanceof VirtualFlow<?> flow) || last < 0) {
                scrollPending = false;
                scrollTo(Math.max(0, last));
                return;
            }
            // The flow's own scrollTo: the last row fully visible at the bottom, placed now (ListView's
            // scrollTo puts the row at the top by estimated heights, which on a long check of one- and
            // two-line rows could land a row short and stay there).
            flow.scrollTo(last);
            IndexedCell<?> shown = flow.getLastVisibleCell();
            boolean landed = shown != null && shown.getIndex() == last;
            if (landed || ++scrollRetries > 3) {
                scrollPending = false;
                scrollRetries = 0;
            } else {
                requestLayout(); // not placed yet (the flow still counting rows): again on the next pulse
            }
        }
    }

    /** A ticket line: quantity × name, modifiers below, price; unfired in accent, voided struck. */
    private static final class LineCell extends ListCell<LineRow> {
        @Override
        protected void updateItem(LineRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("ticket-line");
            pseudoClassStateChanged(UNFIRED, false);
            pseudoClassStateChanged(VOIDED, false);
            pseudoClassStateChanged(PENDING, false);
            if (empty || row == null) {
                setText(null);
                return;
            }
            getStyleClass().add("ticket-line");
            setText(row.text() + "   " + row.price() + (row.details().isEmpty() ? "" : "\n   " + row.details()));
            pseudoClassStateChanged(UNFIRED, !row.fired() && !row.voided());
            pseudoClassStateChanged(VOIDED, row.voided());
            pseudoClassStateChanged(PENDING, row.pending());
        }
    }
}

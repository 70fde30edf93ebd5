package app.brigade.kds.board;

import app.brigade.kds.card.CardModel;
import app.brigade.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The recall list: the most recently bumped tickets (kept in the store, so it survives a restart); tap to recall. */
public final class RecallPanel extends VBox {

    private final VBox entries = new VBox(6);
    private final BoardViewModel vm;
    private final Messages messages;

    public RecallPanel(BoardViewModel vm, Messages messages, Runnable close) {
        this.vm = vm;
        this.messages = messages;
        setId("recall-panel");
        getStyleClass().add("side-panel");
        Label title = new Label(messages.get("kds.recall.title"));
        title.getStyleClass().add("side-title");
        Button closeButton = new Button(messages.get("kds.close"));
        closeButton.setId("recall-close");
        closeButton.setFocusTraversable(false);
        closeButton.setOnAction(e -> close.run());
        ScrollPane scroll = new ScrollPane(entries);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        entries.setId("recall-list");
        getChildren().addAll(title, scroll, closeButton);
        vm.recallList().addListener((ListChangeListener<CardModel>) c -> show());
        show();
    }

    private void show() {
        List<Node> nodes = new ArrayList<>();
        for (CardModel c : vm.recallList()) {
            Button b = new Button(messages.format("kds.recall.entry", c.ticket().orderNumber(),
                    c.ticket().stationId(), c.items().size()));
            b.setId("recall-" + c.ticketId());
            b.getStyleClass().add("recall-entry");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setFocusTraversable(false);
            b.setOnAction(e -> vm.recall(c.ticketId()));
            nodes.add(b);
        }
        if (nodes.isEmpty()) {
            nodes.add(new Label(messages.get("kds.recall.empty")));
        }
        entries.getChildren().setAll(nodes);
    }
}

package app.brigade.ui.setup;

import app.brigade.ui.i18n.Messages;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The first-run screen of a terminal with no settings: its name, then either "standalone" (one tap)
 * or "connect to a Brigade server" (address, enrollment code, test, enroll). Nodes only; everything
 * it does is a {@link FirstRunViewModel} command.
 */
public final class FirstRunWizard extends ScrollPane {

    private static final PseudoClass OK = PseudoClass.getPseudoClass("ok");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    public FirstRunWizard(FirstRunViewModel<?> model, Messages messages) {
        setId("setup-wizard");
        getStyleClass().add("setup-wizard");
        setFitToWidth(true);
        String app = messages.get("setup.app." + model.kind().wire());

        Label title = new Label(messages.format("setup.title", app));
        title.getStyleClass().add("title-1");
        Label intro = new Label(messages.format("setup.intro", model.configFile()));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");

        TextField name = field("setup-name", model.nameProperty(), null);
        VBox nameBox = labelled(messages.get("setup.name"), name, error("setup-name-error", model.nameErrorProperty()));
        nameBox.setMaxWidth(420);

        Button standalone = new Button(messages.get("setup.standalone.button"));
        standalone.setId("setup-standalone");
        standalone.getStyleClass().addAll("big-action", "accent");
        standalone.setMaxWidth(Double.MAX_VALUE);
        standalone.setOnAction(e -> model.standalone());
        VBox left = card(messages.get("setup.standalone.title"),
                messages.get("setup.standalone.detail." + model.kind().wire()), standalone);

        TextField url = field("setup-url", model.urlProperty(), "https://brigade.example:8443");
        TextField code = field("setup-code", model.codeProperty(), "ABCD-EFGH-JKMN");
        Button test = new Button(messages.get("setup.test.button"));
        test.setId("setup-test");
        test.setOnAction(e -> model.testConnection());
        Button enroll = new Button(messages.get("setup.enroll.button"));
        enroll.setId("setup-enroll");
        enroll.getStyleClass().add("accent");
        enroll.setOnAction(e -> model.enroll());
        url.setOnAction(e -> model.testConnection());
        code.setOnAction(e -> model.enroll());
        HBox actions = new HBox(12, test, enroll);
        VBox right = card(messages.get("setup.server.title"), messages.get("setup.server.detail"),
                labelled(messages.get("setup.url"), url, error("setup-url-error", model.urlErrorProperty())),
                labelled(messages.get("setup.code"), code, error("setup-code-error", model.codeErrorProperty())),
                actions);

        HBox choices = new HBox(24, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(420);
        right.setPrefWidth(560);

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("setup-progress");
        progress.setPrefSize(32, 32);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label result = new Label();
        result.setId("setup-result");
        result.getStyleClass().add("setup-result");
        result.setWrapText(true);
        result.textProperty().bind(model.resultProperty());
        model.resultStateProperty().subscribe(s -> {
            result.pseudoClassStateChanged(OK, s == FirstRunViewModel.ResultState.OK);
            result.pseudoClassStateChanged(ERROR, s == FirstRunViewModel.ResultState.ERROR);
        });
        HBox status = new HBox(12, progress, result);
        status.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(result, Priority.ALWAYS);

        for (Node n : new Node[] {standalone, test, enroll}) {
            n.disableProperty().bind(model.busyProperty());
        }

        VBox page = new VBox(20, title, intro, nameBox, choices, status);
        page.setPadding(new Insets(32));
        page.setMaxWidth(1100);
        setContent(page);
        // Focus starts on the one-tap choice: Space starts a standalone terminal from the keyboard.
        sceneProperty().subscribe(scene -> {
            if (scene != null) {
                Platform.runLater(standalone::requestFocus);
            }
        });
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        if (prompt != null) {
            f.setPromptText(prompt);
        }
        f.getStyleClass().add("setup-field");
        return f;
    }

    private static Label error(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("error-label");
        l.setWrapText(true);
        l.textProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static VBox labelled(String caption, Node field, Node error) {
        Label l = new Label(caption);
        l.setLabelFor(field);
        return new VBox(6, l, field, error);
    }

    private static VBox card(String heading, String detail, Node... content) {
        Label h = new Label(heading);
        h.getStyleClass().add("title-3");
        Label d = new Label(detail);
        d.setWrapText(true);
        d.getStyleClass().add("text-muted");
        VBox box = new VBox(14, h, d);
        box.getChildren().addAll(content);
        box.getStyleClass().add("setup-card");
        box.setPadding(new Insets(20));
        return box;
    }
}

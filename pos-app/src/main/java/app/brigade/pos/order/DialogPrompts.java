package app.brigade.pos.order;

import app.brigade.model.catalog.Item;
import app.brigade.model.catalog.Modifier;
import app.brigade.model.catalog.ModifierGroup;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.i18n.MoneyFormat;
import app.brigade.ui.pin.PinPad;
import app.brigade.ui.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** {@link Prompts} answered with modal touch dialogs. */
public final class DialogPrompts implements Prompts {

    private final Messages messages;
    private final MoneyFormat money;
    private final Window owner;

    public DialogPrompts(Messages messages, MoneyFormat money, Window owner) {
        this.messages = messages;
        this.money = money;
        this.owner = owner;
    }

    @Override
    public Optional<List<String>> modifiers(Item item, List<ModifierGroup> groups) {
        Dialog<List<String>> dialog = dialog(messages.format("order.modifiers", item.name()));
        dialog.getDialogPane().setId("modifier-dialog");
        VBox content = new VBox(12);
        List<ToggleButton> all = new ArrayList<>();
        BooleanBinding invalid = Bindings.createBooleanBinding(() -> false);
        for (ModifierGroup g : groups) {
            Label rule = new Label(messages.format("order.modifierRule", g.name(), g.minChoices(), g.maxChoices()));
            rule.getStyleClass().add("text-bold");
            FlowPane choices = new FlowPane(8, 8);
            List<ToggleButton> inGroup = new ArrayList<>();
            for (Modifier m : g.modifiers()) {
                ToggleButton b = new ToggleButton(m.priceDelta() == 0 ? m.name() : m.name() + " +" + money.format(m.priceDelta()));
                b.setId("mod-" + m.id());
                b.setUserData(m.id());
                b.getStyleClass().add("item-button");
                inGroup.add(b);
            }
            if (g.maxChoices() == 1) {
                inGroup.forEach(b -> b.selectedProperty().subscribe(sel -> {
                    if (sel) {
                        inGroup.stream().filter(o -> o != b).forEach(o -> o.setSelected(false));
                    }
                }));
            }
            choices.getChildren().addAll(inGroup);
            all.addAll(inGroup);
            BooleanBinding groupInvalid = Bindings.createBooleanBinding(() -> {
                long n = inGroup.stream().filter(ToggleButton::isSelected).count();
                return n < g.minChoices() || n > g.maxChoices();
            }, inGroup.stream().map(ToggleButton::selectedProperty).toArray(javafx.beans.Observable[]::new));
            invalid = invalid.or(groupInvalid);
            content.getChildren().addAll(rule, choices);
        }
        dialog.getDialogPane().setContent(content);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("modifier-ok");
        ok.disableProperty().bind(invalid);
        dialog.setResultConverter(bt -> bt == ButtonType.OK
                ? all.stream().filter(ToggleButton::isSelected).map(b -> (String) b.getUserData()).toList()
                : null);
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> managerPin(String action) {
        Dialog<String> dialog = dialog(action);
        dialog.getDialogPane().setId("manager-dialog");
        PinPad pad = new PinPad(messages);
        pad.setId("manager-pin-pad");
        String[] entered = {null};
        pad.setOnSubmit(pin -> {
            entered[0] = pin;
            dialog.setResult(pin);
            dialog.close();
        });
        dialog.getDialogPane().setContent(pad);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL);
        dialog.setResultConverter(bt -> entered[0]);
        dialog.setOnShown(e -> pad.requestFocus());
        return dialog.showAndWait().filter(p -> !p.isEmpty());
    }

    @Override
    public Optional<String> reason(String action) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle(action);
        dialog.setHeaderText(action);
        dialog.setContentText(messages.get("order.reason"));
        dialog.getDialogPane().setId("reason-dialog");
        dialog.getEditor().setId("reason-field");
        Theme.style(dialog.getDialogPane().getScene());
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private <T> Dialog<T> dialog(String title) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Theme.style(dialog.getDialogPane().getScene());
        return dialog;
    }
}

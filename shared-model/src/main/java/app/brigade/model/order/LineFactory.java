package app.brigade.model.order;

import static app.brigade.model.order.RejectionReason.*;

import app.brigade.model.catalog.Catalog;
import app.brigade.model.catalog.Item;
import app.brigade.model.catalog.Modifier;
import app.brigade.model.catalog.ModifierGroup;
import app.brigade.model.catalog.TaxClass;
import app.brigade.model.event.LineAdded;
import app.brigade.model.event.LineModifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a cashier's request into a {@link LineAdded} with name, price, tax and modifiers
 * snapshotted from the catalog, enforcing each modifier group's minimum and maximum choices.
 */
public final class LineFactory {

    private final Catalog catalog;

    public LineFactory(Catalog catalog) {
        this.catalog = catalog;
    }

    public Outcome<LineAdded> line(String orderId, String lineId, LineRequest request) {
        Optional<Item> found = catalog.item(request.itemId());
        if (found.isEmpty()) {
            return Outcome.rejected(UNKNOWN_ITEM, "item " + request.itemId() + " is not on the menu");
        }
        Item item = found.get();
        if (!item.active()) {
            return Outcome.rejected(INACTIVE_ITEM, item.name() + " is not available right now");
        }
        if (request.quantity() < 1) {
            return Outcome.rejected(INVALID_QUANTITY, "quantity of " + item.name() + " must be at least 1, got "
                    + request.quantity());
        }
        List<LineModifier> chosen = new ArrayList<>();
        Set<String> remaining = new HashSet<>(request.modifierIds());
        if (remaining.size() != request.modifierIds().size()) {
            return Outcome.rejected(MODIFIER_CHOICE, "the same modifier was chosen twice for " + item.name());
        }
        for (String groupId : item.modifierGroupIds()) {
            ModifierGroup group = catalog.modifierGroup(groupId).orElseThrow(
                    () -> new IllegalStateException("catalog names unknown modifier group " + groupId));
            int count = 0;
            for (Modifier m : group.modifiers()) {
                if (remaining.remove(m.id())) {
                    chosen.add(new LineModifier(group.id(), m.id(), m.name(), m.priceDelta()));
                    count++;
                }
            }
            if (count < group.minChoices() || count > group.maxChoices()) {
                return Outcome.rejected(MODIFIER_CHOICE, group.name() + " for " + item.name() + " needs "
                        + range(group) + ", got " + count);
            }
        }
        if (!remaining.isEmpty()) {
            return Outcome.rejected(MODIFIER_CHOICE, "modifier(s) " + remaining + " do not belong to " + item.name());
        }
        TaxClass tax = catalog.taxClass(item.taxClassId()).orElseThrow(
                () -> new IllegalStateException("catalog names unknown tax class " + item.taxClassId()));
        return Outcome.accepted(new LineAdded(orderId, lineId, item.id(), item.name(), item.categoryId(), item.price(),
                request.quantity(), tax.id(), tax.rate().value(), tax.inclusive(), item.stationIds(), chosen,
                request.seat(), request.course(), request.note()));
    }

    private static String range(ModifierGroup g) {
        if (g.minChoices() == g.maxChoices()) {
            return "exactly " + g.minChoices() + (g.minChoices() == 1 ? " choice" : " choices");
        }
        return "between " + g.minChoices() + " and " + g.maxChoices() + " choices";
    }
}

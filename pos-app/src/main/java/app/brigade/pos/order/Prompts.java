package app.brigade.pos.order;

import app.brigade.model.catalog.Item;
import app.brigade.model.catalog.ModifierGroup;
import java.util.List;
import java.util.Optional;

/** Questions the order screen asks the user; the view answers them with dialogs, tests with scripts. */
public interface Prompts {

    /** The modifiers chosen for {@code item} (ids), or empty when the cashier cancelled. */
    Optional<List<String>> modifiers(Item item, List<ModifierGroup> groups);

    /** A manager's PIN for {@code action}, or empty when cancelled. */
    Optional<String> managerPin(String action);

    /** A reason typed or picked for {@code action}, or empty when cancelled. */
    Optional<String> reason(String action);
}

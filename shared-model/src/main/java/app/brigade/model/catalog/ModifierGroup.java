package app.brigade.model.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A group of modifier choices; {@code minChoices > 0} makes it forced. */
public record ModifierGroup(String id, String name, int minChoices, int maxChoices, List<Modifier> modifiers) {
    public ModifierGroup {
        Objects.requireNonNull(id, "modifier group id");
        Objects.requireNonNull(name, "modifier group name");
        modifiers = List.copyOf(modifiers);
    }

    public boolean forced() {
        return minChoices > 0;
    }

    public Optional<Modifier> modifier(String modifierId) {
        return modifiers.stream().filter(m -> m.id().equals(modifierId)).findFirst();
    }
}

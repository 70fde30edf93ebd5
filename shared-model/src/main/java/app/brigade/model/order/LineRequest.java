package app.brigade.model.order;

import java.util.List;

/** What the cashier asked for: an item, how many, which modifiers, and for whom. */
public record LineRequest(String itemId, int quantity, List<String> modifierIds, int seat, int course, String note) {
    public LineRequest {
        modifierIds = modifierIds == null ? List.of() : List.copyOf(modifierIds);
        note = note == null ? "" : note.strip();
    }

    public static LineRequest of(String itemId, String... modifierIds) {
        return new LineRequest(itemId, 1, List.of(modifierIds), 0, 0, "");
    }
}

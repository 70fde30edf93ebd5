package app.brigade.kds.card;

import java.util.List;

/** One line of a ticket card: what to make, how many, with what, and whether it is done or void. */
public record ItemModel(
        String lineId,
        String name,
        int quantity,
        List<String> modifiers,
        String note,
        boolean allergy,
        int seat,
        int course,
        boolean done,
        boolean voided) {

    public ItemModel {
        modifiers = List.copyOf(modifiers);
    }
}

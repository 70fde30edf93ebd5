package app.brigade.model.event;

import java.util.List;

/** What a cook sees for one line of a ticket: no prices, just what to make. */
public record TicketLine(
        String lineId, String name, int quantity, List<String> modifiers, String note, int seat, int course) {
    public TicketLine {
        Require.id(lineId, "lineId");
        Require.text(name, "name");
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
        note = note == null ? "" : note;
    }
}

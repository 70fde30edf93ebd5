package app.brigade.kds.card;

import app.brigade.model.event.TicketLine;
import app.brigade.model.kitchen.KitchenTicket;
import app.brigade.model.kitchen.TicketItem;
import app.brigade.store.query.TicketView;
import java.util.List;
import java.util.Locale;

/**
 * Everything one ticket card shows, derived from the store's {@link TicketView}: the ticket, its
 * items with allergy notes picked out, the rush flag and whether the order was cancelled after fire.
 */
public record CardModel(KitchenTicket ticket, int recallCount, boolean rush, List<ItemModel> items) {

    public CardModel {
        items = List.copyOf(items);
    }

    /** Builds the card for a ticket; {@code allergyWords} are lower-case word starts such as {@code nut}. */
    public static CardModel of(TicketView view, List<String> allergyWords) {
        KitchenTicket t = view.ticket();
        boolean rush = t.rush(); // the cashier's RUSH on the send, or "rush" written in a note or modifier
        List<ItemModel> items = new java.util.ArrayList<>(t.items().size());
        for (TicketItem i : t.items()) {
            TicketLine l = i.line();
            rush |= mentions(l.note(), "rush") || l.modifiers().stream().anyMatch(m -> mentions(m, "rush"));
            items.add(new ItemModel(l.lineId(), l.name(), l.quantity(), l.modifiers(), l.note(),
                    allergyWords.stream().anyMatch(w -> mentions(l.note(), w)), l.seat(), l.course(), i.done(),
                    i.voided()));
        }
        return new CardModel(t, view.recallCount(), rush, items);
    }

    public String ticketId() {
        return ticket.ticketId();
    }

    public boolean cancelled() {
        return ticket.cancelled();
    }

    public boolean allDone() {
        return items.stream().filter(i -> !i.voided()).allMatch(ItemModel::done);
    }

    /** True when {@code text} has a word starting with {@code word} (so "nuts" and "allergy" match). */
    static boolean mentions(String text, String word) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(word);
        while (at >= 0) {
            if (at == 0 || !Character.isLetter(lower.charAt(at - 1))) {
                return true;
            }
            at = lower.indexOf(word, at + 1);
        }
        return false;
    }
}

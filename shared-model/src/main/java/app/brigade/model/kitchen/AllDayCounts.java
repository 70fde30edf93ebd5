package app.brigade.model.kitchen;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** The "all day" panel: how many of each item are still to be made across open tickets. */
public final class AllDayCounts {

    private AllDayCounts() {
    }

    public static Map<String, Integer> of(Collection<KitchenTicket> tickets) {
        Map<String, Integer> counts = new TreeMap<>();
        for (KitchenTicket t : tickets) {
            if (t.bumped() || t.cancelled()) {
                continue;
            }
            for (TicketItem i : t.items()) {
                if (!i.voided() && !i.done()) {
                    counts.merge(i.line().name(), i.line().quantity(), Integer::sum);
                }
            }
        }
        return counts;
    }
}

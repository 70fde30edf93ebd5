package app.brigade.reports.model;

import app.brigade.model.event.DayClosed;
import app.brigade.model.order.Outcome;
import app.brigade.model.order.RejectionReason;
import app.brigade.model.protocol.Event;
import java.time.LocalDate;

/** Decides the Z close of a business day: numbered one after the last Z, and only once per day. */
public final class DayClose {

    private DayClose() {
    }

    /** The {@code DayClosed} event to record for {@code day}, or why it is refused. */
    public static Outcome<DayClosed> decide(Iterable<Event> events, LocalDate day) {
        long last = 0;
        for (Event e : events) {
            if (e.payload() instanceof DayClosed closed) {
                if (closed.businessDate().equals(day.toString())) {
                    return Outcome.rejected(RejectionReason.DUPLICATE_ID, "the business day " + day
                            + " was already closed with Z #" + closed.zNumber() + "; print an X or range report instead");
                }
                last = Math.max(last, closed.zNumber());
            }
        }
        return Outcome.accepted(new DayClosed("day-" + day, day.toString(), last + 1));
    }
}

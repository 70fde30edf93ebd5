package app.brigade.model.event;

/** The business day closed with a numbered Z report; a day closes once. */
public record DayClosed(String dayId, String businessDate, long zNumber) implements EventPayload {
    public DayClosed {
        Require.id(dayId, "dayId");
        Require.text(businessDate, "businessDate");
        if (zNumber < 1) {
            throw new IllegalArgumentException("Z numbers start at 1");
        }
    }

    @Override
    public String aggregateId() {
        return dayId;
    }
}

package app.brigade.kds.allday;

/** One row of the all-day panel: an item and how many are still to make. */
public record AllDayRow(String name, int quantity) {
}

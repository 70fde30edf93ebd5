package app.brigade.model.event;

/** Whether guests eat in (with a table) or take the order away. */
public enum OrderType {
    DINE_IN,
    TAKEOUT
}

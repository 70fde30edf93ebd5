package app.brigade.model.event;

/** The business content of an event; the type name on the wire is the record's simple name. */
public sealed interface EventPayload
        permits OrderEvent, KitchenEvent, ShiftEvent, CatalogPublished, EmployeeChanged, DayClosed, UnknownPayload {

    /** The id of the aggregate this event belongs to (order, ticket, shift…). */
    String aggregateId();

    /** The wire type name, e.g. {@code "OrderOpened"}. */
    default String type() {
        return getClass().getSimpleName();
    }
}

package app.brigade.model.catalog;

/** How a payment was made. Cards are taken on an external terminal; Brigade records only the result. */
public enum TenderType {
    CASH,
    CARD,
    OTHER
}

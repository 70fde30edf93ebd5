package app.brigade.model.order;

/**
 * Tax at one rate on an order: {@code base} is the net amount the rate applies to (for inclusive
 * rates, the price including the tax), {@code tax} the tax in minor units.
 */
public record TaxAmount(int rateBp, boolean inclusive, long base, long tax) {
}

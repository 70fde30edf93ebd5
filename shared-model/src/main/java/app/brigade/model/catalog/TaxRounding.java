package app.brigade.model.catalog;

/** Where tax is rounded to a minor unit: on each line (the default) or once per rate on the order. */
public enum TaxRounding {
    PER_LINE,
    PER_ORDER
}

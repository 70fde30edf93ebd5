package app.brigade.reports.model;

/** X: the current shift, any time, changes nothing. Z: closes a business day, once. RANGE: any dates. */
public enum ReportKind {
    X,
    Z,
    RANGE
}

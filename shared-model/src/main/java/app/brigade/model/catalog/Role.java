package app.brigade.model.catalog;

/** What an employee may do; managers approve voids, discounts, refunds, no-sales and closes. */
public enum Role {
    CASHIER,
    SERVER,
    COOK,
    MANAGER;

    public boolean canApprove() {
        return this == MANAGER;
    }
}

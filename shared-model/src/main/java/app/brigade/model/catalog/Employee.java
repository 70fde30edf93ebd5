package app.brigade.model.catalog;

import java.util.Objects;

/** A staff member who logs in with a PIN; only the PIN's verifier is ever stored. */
public record Employee(String id, String name, Role role, PinVerifier pin, boolean active) {
    public Employee {
        Objects.requireNonNull(id, "employee id");
        Objects.requireNonNull(name, "employee name");
        Objects.requireNonNull(role, "employee role");
        Objects.requireNonNull(pin, "employee pin verifier");
    }
}

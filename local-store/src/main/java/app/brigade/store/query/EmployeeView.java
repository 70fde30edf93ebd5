package app.brigade.store.query;

import app.brigade.model.catalog.Role;

/** An employee as last changed by an {@code EmployeeChanged} event. */
public record EmployeeView(String employeeId, String name, Role role, boolean active) {
}

package app.brigade.model.event;

import app.brigade.model.catalog.Role;

/** An employee was added, changed or deactivated. */
public record EmployeeChanged(String employeeId, String name, Role role, boolean active) implements EventPayload {
    public EmployeeChanged {
        Require.id(employeeId, "employeeId");
    }

    @Override
    public String aggregateId() {
        return employeeId;
    }
}

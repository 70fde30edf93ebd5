package app.brigade.devices.printer;

import app.brigade.devices.receipt.ReceiptDocument;
import java.util.Objects;

/** A document to print on the printer routed for {@code role} ("receipt", "kitchen:grill"…). */
public record PrintRequest(String role, String title, ReceiptDocument document) {
    public PrintRequest {
        if (role == null || role.isBlank()) {
            throw new IllegalArgumentException("Print role must not be blank (e.g. 'receipt' or 'kitchen:grill')");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(document, "document");
    }
}

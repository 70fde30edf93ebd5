package app.brigade.devices.drawer;

/** Why the cash drawer is opened: for a sale, or a no-sale with a stated reason. */
public sealed interface DrawerOpenReason {

    /** The drawer opens to take or give cash for an order. */
    record Sale(String orderId) implements DrawerOpenReason {
        public Sale {
            if (orderId == null || orderId.isBlank()) {
                throw new IllegalArgumentException("A sale drawer opening needs the order id");
            }
        }
    }

    /** The drawer opens without a sale; the reason and who asked are audited. */
    record NoSale(String reason, String employeeId) implements DrawerOpenReason {
        public NoSale {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException(
                        "A no-sale drawer opening needs a reason (e.g. 'change for the float'); it was blank");
            }
            if (employeeId == null || employeeId.isBlank()) {
                throw new IllegalArgumentException("A no-sale drawer opening needs the employee who asked for it");
            }
            reason = reason.strip();
        }
    }
}

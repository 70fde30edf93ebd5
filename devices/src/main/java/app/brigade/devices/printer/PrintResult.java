package app.brigade.devices.printer;

/** How a print job ended: printed (possibly as a marked reprint) or failed with a reason. */
public sealed interface PrintResult {

    /** The job's id. */
    String jobId();

    /** The job reached the printer and the printer confirmed it was fine afterwards. */
    record Printed(String jobId, String printerId, boolean reprint) implements PrintResult {
    }

    /** The job was not printed; {@code canRetry} when trying again later may succeed. */
    record Failed(String jobId, String reason, boolean canRetry) implements PrintResult {
    }
}

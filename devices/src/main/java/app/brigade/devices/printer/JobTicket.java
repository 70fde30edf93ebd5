package app.brigade.devices.printer;

import java.util.concurrent.CompletableFuture;

/** Returned at once by a submit: the job id and the outcome, completed by the device thread. */
public record JobTicket(String jobId, CompletableFuture<PrintResult> result) {
}

package app.brigade.devices.printer;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** The latest snapshot of every known job and the futures callers wait on; thread-safe. */
final class JobBook {

    private final ConcurrentHashMap<String, PrintJob> jobs = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, CompletableFuture<PrintResult>> results = new ConcurrentHashMap<>();

    void update(PrintJob job) {
        jobs.put(job.id(), job);
    }

    Optional<PrintJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    List<PrintJob> all() {
        return jobs.values().stream().sorted(Comparator.comparingLong(PrintJob::seq)).toList();
    }

    CompletableFuture<PrintResult> resultOf(String jobId) {
        return results.computeIfAbsent(jobId, id -> new CompletableFuture<>());
    }

    void complete(PrintResult result) {
        resultOf(result.jobId()).complete(result);
    }

    /** A fresh future for a job that is being retried. */
    CompletableFuture<PrintResult> renew(String jobId) {
        CompletableFuture<PrintResult> fresh = new CompletableFuture<>();
        results.put(jobId, fresh);
        return fresh;
    }
}

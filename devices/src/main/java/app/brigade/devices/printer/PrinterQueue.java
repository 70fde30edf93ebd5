package app.brigade.devices.printer;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Durable print queue for all printers of a terminal: jobs are routed by role, kept in a
 * {@link JobStore} until printed, and printed by one device thread per printer. Every method returns
 * at once; outcomes arrive as {@link PrintResult} values on the tickets' futures.
 */
public final class PrinterQueue implements AutoCloseable {

    private static final Duration KEEP_FINISHED = Duration.ofDays(2);

    private final JobStore store;
    private final JobBook book = new JobBook();
    private final StatusBroadcaster broadcaster = new StatusBroadcaster();
    private final Map<String, PrinterWorker> workers = new LinkedHashMap<>();
    private final Map<String, PrinterRoute> routes;
    private final AtomicLong sequence;

    private PrinterQueue(JobStore store, List<PrinterSettings> printers, List<PrinterRoute> routeList) {
        this.store = store;
        this.routes = routeList.stream().collect(Collectors.toMap(PrinterRoute::role, r -> r, (a, b) -> {
            throw new IllegalArgumentException("Printer role '" + a.role() + "' is routed twice");
        }, LinkedHashMap::new));
        for (PrinterSettings printer : printers) {
            if (workers.putIfAbsent(printer.id(), new PrinterWorker(printer, store, book, broadcaster, this::backupFor)) != null) {
                throw new IllegalArgumentException("Printer id '" + printer.id() + "' is configured twice");
            }
        }
        for (PrinterRoute route : routes.values()) {
            requirePrinter(route.role(), route.primaryId());
            if (route.backupId() != null) {
                requirePrinter(route.role(), route.backupId());
            }
        }
        store.pruneFinished(Instant.now().minus(KEEP_FINISHED));
        List<PrintJob> stored = store.loadAll();
        this.sequence = new AtomicLong(stored.stream().mapToLong(PrintJob::seq).max().orElse(0));
        stored.forEach(this::adopt);
    }

    /**
     * Loads the stored jobs and starts one device thread per printer.
     *
     * @throws IllegalArgumentException for duplicate printers or roles, or a route naming an unknown printer
     */
    public static PrinterQueue start(JobStore store, List<PrinterSettings> printers, List<PrinterRoute> routes) {
        PrinterQueue queue = new PrinterQueue(store, printers, routes);
        queue.workers.values().forEach(PrinterWorker::start);
        return queue;
    }

    /**
     * Queues a document for the printer of its role and returns at once.
     *
     * @throws IllegalArgumentException when no route exists for the request's role
     */
    public JobTicket submit(PrintRequest request) {
        PrinterRoute route = routeFor(request.role());
        PrintJob job = PrintJob.queued(UUID.randomUUID().toString(), sequence.incrementAndGet(), route.primaryId(),
                request, Instant.now());
        book.update(job);
        CompletableFuture<PrintResult> result = book.resultOf(job.id());
        workers.get(route.primaryId()).accept(job);
        return new JobTicket(job.id(), result);
    }

    /**
     * Queues a failed job again on its role's primary printer. If it may have printed before, it
     * prints marked as a reprint.
     *
     * @throws IllegalArgumentException when the job is unknown or has not failed
     */
    public JobTicket retry(String jobId) {
        PrintJob job = book.job(jobId).orElseThrow(() -> new IllegalArgumentException("No print job with id " + jobId));
        if (job.state() != JobState.FAILED) {
            throw new IllegalArgumentException("Print job " + jobId + " is " + job.state() + "; only FAILED jobs can be retried");
        }
        PrinterRoute route = routeFor(job.role());
        PrintJob again = job.reroutedTo(route.primaryId(), job.reroutedFrom(), Instant.now());
        book.update(again);
        CompletableFuture<PrintResult> result = book.renew(jobId);
        workers.get(route.primaryId()).accept(again);
        return new JobTicket(jobId, result);
    }

    /** The latest snapshot of a job. */
    public Optional<PrintJob> job(String jobId) {
        return book.job(jobId);
    }

    /** All jobs known since start (including finished ones), oldest first. */
    public List<PrintJob> jobs() {
        return book.all();
    }

    /** The outcome future of a job, also for jobs reloaded from disk at start. */
    public Optional<CompletableFuture<PrintResult>> result(String jobId) {
        return book.job(jobId).map(j -> book.resultOf(jobId));
    }

    /** The last known status of a printer (no I/O). */
    public PrinterStatusEvent status(String printerId) {
        return worker(printerId).current();
    }

    /** Asks the printer for its status now, on its device thread. */
    public CompletableFuture<PrinterStatusEvent> queryStatus(String printerId) {
        return worker(printerId).queryStatus();
    }

    /** The printer id serving a role. */
    public String printerFor(String role) {
        return routeFor(role).primaryId();
    }

    /**
     * Subscribes to the status of all printers: the listener first hears each printer's current status,
     * then every change, all on that printer's device thread. (A device thread publishes only changes, so
     * without the first call a listener added after the last change would never hear the printer's state.)
     */
    public void addStatusListener(PrinterStatusListener listener) {
        broadcaster.add(listener);
        workers.values().forEach(worker -> worker.greet(listener));
    }

    /** Unsubscribes a listener. */
    public void removeStatusListener(PrinterStatusListener listener) {
        broadcaster.remove(listener);
    }

    /** Stops the device threads (bounded) and closes the links; pending jobs stay in the store. */
    @Override
    public void close() {
        workers.values().forEach(PrinterWorker::stop);
    }

    private void adopt(PrintJob job) {
        book.update(job);
        if (!job.state().isPending()) {
            return;
        }
        PrinterWorker worker = workers.get(job.printerId());
        if (worker == null && routes.containsKey(job.role())) {
            String primary = routes.get(job.role()).primaryId();
            job = job.reroutedTo(primary, job.reroutedFrom(), Instant.now());
            worker = workers.get(primary);
        }
        if (worker == null) {
            PrintJob failed = job.withState(JobState.FAILED, "Printer '" + job.printerId()
                    + "' and role '" + job.role() + "' are no longer configured", Instant.now());
            store.save(failed);
            book.update(failed);
            book.complete(new PrintResult.Failed(job.id(), failed.lastError(), false));
            return;
        }
        worker.accept(job);
    }

    private PrinterWorker backupFor(PrintJob job) {
        PrinterRoute route = routes.get(job.role());
        if (route == null || route.backupId() == null || route.backupId().equals(job.printerId())) {
            return null;
        }
        PrinterWorker backup = workers.get(route.backupId());
        PrinterState state = backup.current().state();
        return (state == PrinterState.READY || state == PrinterState.UNKNOWN) ? backup : null;
    }

    private PrinterRoute routeFor(String role) {
        PrinterRoute route = routes.get(role);
        if (route == null) {
            throw new IllegalArgumentException("No printer is routed for role '" + role + "'; configured roles: "
                    + routes.keySet());
        }
        return route;
    }

    private PrinterWorker worker(String printerId) {
        PrinterWorker worker = workers.get(printerId);
        if (worker == null) {
            throw new IllegalArgumentException("Unknown printer '" + printerId + "'; configured: " + workers.keySet());
        }
        return worker;
    }

    private void requirePrinter(String role, String printerId) {
        if (!workers.containsKey(printerId)) {
            throw new IllegalArgumentException("Printer route '" + role + "' names unknown printer '" + printerId
                    + "'; configured: " + workers.keySet());
        }
    }
}

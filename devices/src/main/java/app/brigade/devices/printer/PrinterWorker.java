package app.brigade.devices.printer;

import app.brigade.devices.escpos.Align;
import app.brigade.devices.link.DeviceLink;
import app.brigade.devices.link.LinkException;
import app.brigade.devices.receipt.Block;
import app.brigade.devices.receipt.ReceiptDocument;
import app.brigade.devices.receipt.ReceiptEncoder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one platform thread that owns a printer's link: persists incoming jobs, checks status before
 * and after each job, holds jobs while the printer has a problem, reconnects, reroutes to a backup
 * and publishes status changes. Callers only enqueue work and get futures back.
 */
final class PrinterWorker {

    static final String REPRINT_MARK = ReceiptDocument.REPRINT_MARK;

    private static final Logger LOG = LoggerFactory.getLogger(PrinterWorker.class);

    private final PrinterSettings settings;
    private final DeviceLink link;
    private final JobStore store;
    private final JobBook book;
    private final StatusBroadcaster broadcaster;
    private final Function<PrintJob, PrinterWorker> backupFinder;
    private final ReceiptEncoder encoder;
    private final Queue<PrintJob> inbox = new ConcurrentLinkedQueue<>();
    private final Queue<CompletableFuture<PrinterStatusEvent>> statusQueries = new ConcurrentLinkedQueue<>();
    private final Queue<PrinterStatusListener> newListeners = new ConcurrentLinkedQueue<>();
    private final Semaphore wakeups = new Semaphore(0);
    private final Deque<PrintJob> pending = new ArrayDeque<>();
    private final Map<String, Instant> heldSince = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile PrinterStatusEvent current;
    private Instant nextIdlePoll = Instant.MIN;

    PrinterWorker(PrinterSettings settings, JobStore store, JobBook book, StatusBroadcaster broadcaster,
                  Function<PrintJob, PrinterWorker> backupFinder) {
        this.settings = settings;
        this.link = settings.link().newLink();
        this.store = store;
        this.book = book;
        this.broadcaster = broadcaster;
        this.backupFinder = backupFinder;
        this.encoder = new ReceiptEncoder(settings.columns(), settings.codePage());
        this.current = new PrinterStatusEvent(settings.id(), PrinterState.UNKNOWN, "not contacted yet", false,
                Instant.now());
        this.thread = Thread.ofPlatform().name("printer-" + settings.id()).daemon(true).unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    PrinterSettings settings() {
        return settings;
    }

    PrinterStatusEvent current() {
        return current;
    }

    /** Hands a job to this printer (new, reloaded, retried or rerouted); it is saved on the device thread. */
    void accept(PrintJob job) {
        inbox.add(job);
        wakeups.release();
    }

    CompletableFuture<PrinterStatusEvent> queryStatus() {
        CompletableFuture<PrinterStatusEvent> answer = new CompletableFuture<>();
        statusQueries.add(answer);
        wakeups.release();
        return answer;
    }

    /**
     * Tells a listener that was just added to the broadcaster this printer's current status, on the device
     * thread. Publishing happens on that thread too, so the listener can never be left holding a status
     * older than the printer's: whatever it heard before the greeting, the greeting is at least as new.
     */
    void greet(PrinterStatusListener listener) {
        newListeners.add(listener);
        wakeups.release();
    }

    /** Stops the thread (bounded wait), closes the link and saves jobs that arrived meanwhile. */
    void stop() {
        running = false;
        wakeups.release();
        try {
            thread.join(settings.statusTimeout().multipliedBy(2).plusSeconds(3).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        link.close();
        PrintJob job;
        while ((job = inbox.poll()) != null) {
            store.save(job);
        }
        CompletableFuture<PrinterStatusEvent> query;
        while ((query = statusQueries.poll()) != null) {
            query.complete(current);
        }
    }

    private void run() {
        while (running) {
            try {
                drainInbox();
                greetNewListeners();
                serveStatusQueries();
                PrintJob job = pending.peekFirst();
                if (job == null) {
                    idle();
                } else {
                    process(job);
                }
            } catch (RuntimeException e) {
                LOG.error("Printer '{}' device thread hit an unexpected error; continuing", settings.id(), e);
                pause(settings.retryInterval());
            }
        }
        link.close();
    }

    private void drainInbox() {
        PrintJob job;
        while ((job = inbox.poll()) != null) {
            store.save(job);
            book.update(job);
            pending.addLast(job);
        }
    }

    private void greetNewListeners() {
        PrinterStatusListener listener;
        while ((listener = newListeners.poll()) != null) {
            StatusBroadcaster.deliver(listener, current);
        }
    }

    /** Answers the queries asked before this probe; later ones get a fresh probe of their own. */
    private void serveStatusQueries() {
        List<CompletableFuture<PrinterStatusEvent>> asked = new ArrayList<>();
        CompletableFuture<PrinterStatusEvent> query;
        while ((query = statusQueries.poll()) != null) {
            asked.add(query);
        }
        if (asked.isEmpty()) {
            return;
        }
        probe(settings.statusTimeout());
        PrinterStatusEvent answer = current;
        asked.forEach(q -> q.complete(answer));
    }

    private void idle() {
        Duration poll = settings.idlePollInterval();
        if (!poll.isZero() && !poll.isNegative()) {
            Instant now = Instant.now();
            if (!now.isBefore(nextIdlePoll)) {
                probe(settings.statusTimeout());
                nextIdlePoll = Instant.now().plus(poll);
            }
            pause(Duration.between(Instant.now(), nextIdlePoll));
        } else {
            pause(Duration.ofSeconds(60));
        }
    }

    private void process(PrintJob job) {
        Optional<PrinterStatus> before = probe(settings.statusTimeout());
        if (before.isEmpty() || !before.get().state().canPrint()) {
            hold(job, current.detail());
            return;
        }
        boolean reprint = job.mayHavePrinted();
        byte[] bytes = encoder.encode(decorate(job));
        PrintJob sending = job.sending(Instant.now());
        saveHead(sending);
        try {
            link.write(bytes);
        } catch (LinkException e) {
            link.close();
            publish(PrinterState.OFFLINE, e.getMessage(), false);
            hold(sending, e.getMessage());
            return;
        }
        // The answer queues behind the job on the wire, and a busy printer may be slow to take it in.
        Optional<PrinterStatus> after = probe(settings.statusTimeout().multipliedBy(2)
                .plus(settings.link().transferTime(bytes.length)));
        if (after.isPresent() && after.get().state().canPrint()) {
            PrintJob printed = sending.withState(JobState.PRINTED, null, Instant.now());
            store.save(printed);
            book.update(printed);
            pending.removeFirst();
            heldSince.remove(job.id());
            book.complete(new PrintResult.Printed(job.id(), settings.id(), reprint));
        } else {
            hold(sending, "Outcome unknown, will print again marked REPRINT: " + current.detail());
        }
    }

    /** Keeps the job at the head and waits, reroutes it to a backup, or gives up after the limit. */
    private void hold(PrintJob job, String reason) {
        Instant now = Instant.now();
        Instant since = heldSince.computeIfAbsent(job.id(), id -> now);
        PrinterWorker backup = backupFinder.apply(job);
        if (backup != null) {
            pending.removeFirst();
            heldSince.remove(job.id());
            LOG.info("Printer '{}' is down ({}); rerouting job {} to '{}'", settings.id(), reason, job.id(),
                    backup.settings().id());
            backup.accept(job.reroutedTo(backup.settings().id(), settings.displayName(), now));
            return;
        }
        if (Duration.between(since, now).compareTo(settings.giveUpAfter()) >= 0) {
            String message = "Printer '" + settings.displayName() + "' could not print '" + job.title() + "' within "
                    + settings.giveUpAfter().toSeconds() + " s: " + reason;
            PrintJob failed = job.withState(JobState.FAILED, message, now);
            store.save(failed);
            book.update(failed);
            pending.removeFirst();
            heldSince.remove(job.id());
            book.complete(new PrintResult.Failed(job.id(), message, true));
            return;
        }
        if (job.state() != JobState.HELD || !reason.equals(job.lastError())) {
            saveHead(job.withState(JobState.HELD, reason, now));
        }
        pause(settings.retryInterval());
    }

    private void saveHead(PrintJob job) {
        store.save(job);
        book.update(job);
        pending.removeFirst();
        pending.addFirst(job);
    }

    private ReceiptDocument decorate(PrintJob job) {
        ReceiptDocument document = job.document();
        if (!document.printsSomething()) {
            return document;
        }
        List<Block> banner = new ArrayList<>();
        if (job.mayHavePrinted()) {
            banner.add(ReceiptDocument.reprintBanner());
        }
        if (job.reroutedFrom() != null) {
            banner.add(new Block.Text("REROUTED FROM " + job.reroutedFrom(), Align.CENTER, true, 1, 1));
        }
        return banner.isEmpty() ? document : document.withPrefix(banner);
    }

    /** Opens the link if needed and asks for status; publishes the outcome either way. */
    private Optional<PrinterStatus> probe(Duration timeout) {
        try {
            link.open();
            Optional<PrinterStatus> status = StatusProbe.probe(link, timeout);
            if (status.isEmpty()) {
                link.close();
                publish(PrinterState.OFFLINE, "Printer '" + settings.displayName() + "' on " + link.name()
                        + " did not answer a status query within " + timeout.toMillis() + " ms", false);
                return Optional.empty();
            }
            PrinterStatus s = status.get();
            publish(s.state(), "Printer '" + settings.displayName() + "': " + s.describe(), s.drawerOpen());
            return status;
        } catch (LinkException e) {
            link.close();
            publish(PrinterState.OFFLINE, e.getMessage(), false);
            return Optional.empty();
        }
    }

    private void publish(PrinterState state, String detail, boolean drawerOpen) {
        PrinterStatusEvent event = new PrinterStatusEvent(settings.id(), state, detail, drawerOpen, Instant.now());
        PrinterStatusEvent previous = current;
        current = event;
        if (!event.sameAs(previous)) {
            LOG.info("Printer '{}' is now {}: {}", settings.id(), state, detail);
            broadcaster.publish(event);
        }
    }

    private void pause(Duration duration) {
        if (duration.isNegative() || duration.isZero() || !running) {
            return;
        }
        try {
            if (wakeups.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS)) {
                wakeups.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}

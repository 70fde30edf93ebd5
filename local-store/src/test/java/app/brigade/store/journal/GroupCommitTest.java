package app.brigade.store.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** The leader/follower hand-off itself, with flushes that take about as long as an fsync. */
class GroupCommitTest {

    private static final class Item extends GroupCommit.Item {
        final int id;

        Item(int id) {
            this.id = id;
        }
    }

    @Test
    void everyCallerReturnsOnlyAfterItsOwnItemWasFlushedAndCallersShareFlushes() throws Exception {
        Set<Integer> flushed = ConcurrentHashMap.newKeySet();
        AtomicInteger flushes = new AtomicInteger();
        AtomicInteger flushedTwice = new AtomicInteger();
        GroupCommit<Item> commit = new GroupCommit<>(batch -> {
            flushes.incrementAndGet();
            LockSupport.parkNanos(200_000);
            for (Item i : batch) {
                if (!flushed.add(i.id)) {
                    flushedTwice.incrementAndGet();
                }
            }
        });
        int threads = 16;
        int each = 300;
        AtomicInteger returnedEarly = new AtomicInteger();
        AtomicInteger reportedFailure = new AtomicInteger();
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int base = t * each;
            writers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < each; i++) {
                    Item item = new Item(base + i);
                    commit.enqueue(item);
                    if (commit.await(item) != null) {
                        reportedFailure.incrementAndGet(); // counted here, asserted on the test's thread
                    }
                    if (!flushed.contains(item.id)) {
                        returnedEarly.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread w : writers) {
            w.join(Duration.ofMinutes(2));
            assertThat(w.isAlive()).as("a caller never woke up").isFalse();
        }

        assertThat(flushed).hasSize(threads * each);
        assertThat(flushedTwice).hasValue(0);
        assertThat(returnedEarly).hasValue(0);
        assertThat(reportedFailure).as("callers told their flush failed, with no flush failing").hasValue(0);
        assertThat(flushes.get()).as("flushes for %d items", threads * each).isLessThan(threads * each / 2);
    }

    @Test
    void aFailedFlushIsReportedToEveryCallerInItsBatchAndTheNextBatchStillFlushes() throws Exception {
        CountDownLatch leaderFlushing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException diskFull = new IllegalStateException("disk full");
        GroupCommit<Item> commit = new GroupCommit<>(batch -> {
            if (calls.incrementAndGet() == 1) {
                leaderFlushing.countDown();
                release.await(30, TimeUnit.SECONDS);
                throw diskFull;
            }
        });
        Item first = new Item(1);
        commit.enqueue(first);
        AtomicReference<Throwable> firstOutcome = new AtomicReference<>();
        Thread leader = Thread.ofPlatform().start(() -> firstOutcome.set(commit.await(first)));
        leaderFlushing.await(30, TimeUnit.SECONDS);
        // Queued while the first batch is being flushed: it belongs to the next batch.
        Item second = new Item(2);
        commit.enqueue(second);
        AtomicReference<Throwable> secondOutcome = new AtomicReference<>();
        Thread follower = Thread.ofPlatform().start(() -> secondOutcome.set(commit.await(second)));
        awaitParked(follower); // so the failed leader has to hand the next batch to it
        release.countDown();
        leader.join(Duration.ofSeconds(30));
        follower.join(Duration.ofSeconds(30));

        assertThat(follower.isAlive()).as("the queued caller was never handed the lead").isFalse();
        assertThat(firstOutcome.get()).isSameAs(diskFull);
        assertThat(second.isDone()).isTrue();
        assertThat(secondOutcome.get()).isNull();
        assertThat(calls).hasValue(2);
    }

    @Test
    void aCallerThatArrivesInterruptedLeadsWithTheFlagClearedAndGetsItBack() {
        AtomicReference<Boolean> interruptedWhileFlushing = new AtomicReference<>();
        GroupCommit<Item> commit = new GroupCommit<>(
                batch -> interruptedWhileFlushing.set(Thread.currentThread().isInterrupted()));
        Item item = new Item(1);
        commit.enqueue(item);
        Thread.currentThread().interrupt();

        Throwable outcome = commit.await(item);

        assertThat(Thread.interrupted()).as("interrupt kept for the caller").isTrue();
        assertThat(outcome).isNull();
        assertThat(interruptedWhileFlushing.get()).isFalse();
    }

    /** Waits (30 s at most) until {@code t} is parked. */
    private static void awaitParked(Thread t) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (t.getState() != Thread.State.WAITING) {
            assertThat(System.nanoTime()).as("%s never parked", t).isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    @Test
    void anInterruptedCallerStillWaitsForItsBatchAndKeepsTheInterrupt() throws Exception {
        CountDownLatch leaderFlushing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit<Item> commit = new GroupCommit<>(batch -> {
            leaderFlushing.countDown();
            release.await(30, TimeUnit.SECONDS);
        });
        Item first = new Item(1);
        commit.enqueue(first);
        Thread leader = Thread.ofPlatform().start(() -> commit.await(first));
        leaderFlushing.await(30, TimeUnit.SECONDS);
        Item second = new Item(2);
        commit.enqueue(second);
        AtomicReference<Boolean> doneOnReturn = new AtomicReference<>();
        AtomicReference<Throwable> outcome = new AtomicReference<>(new AssertionError("await never returned"));
        AtomicReference<Boolean> interruptKept = new AtomicReference<>();
        Thread follower = Thread.ofPlatform().start(() -> {
            outcome.set(commit.await(second));
            doneOnReturn.set(second.isDone());
            interruptKept.set(Thread.currentThread().isInterrupted());
        });
        awaitParked(follower);
        follower.interrupt();
        Thread.sleep(50);
        assertThat(follower.isAlive()).as("returned on the interrupt before its batch was flushed").isTrue();
        awaitParked(follower); // parked again, not spinning on the interrupt

        release.countDown();
        leader.join(Duration.ofSeconds(30));
        follower.join(Duration.ofSeconds(30));
        assertThat(outcome.get()).isNull();
        assertThat(doneOnReturn.get()).isTrue();
        assertThat(interruptKept.get()).isTrue();
    }
}

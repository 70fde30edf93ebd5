package app.brigade.store.recovery;

import app.brigade.model.protocol.EventCodec;
import app.brigade.store.api.StoreOptions;
import app.brigade.store.journal.JournalOptions;
import app.brigade.store.testkit.Sales;
import java.nio.file.Path;

/**
 * Child JVM for {@link InterruptedRebuildTest}: opens a store whose database is missing, so it is
 * rebuilt in transactions of 20 events; after the second one is committed it prints {@code midway}
 * and stops there until the parent kills it with SIGKILL.
 */
public final class RebuildChild {

    private RebuildChild() {
    }

    public static void main(String[] args) throws Exception {
        StoreOptions options = Sales.options(Path.of(args[0]));
        JournalOptions journal = new JournalOptions(options.deviceId(), options.segmentBytes(), options.fileOpener(),
                new EventCodec());
        int[] transactions = {0};
        StoreRecovery.open(new StoreLayout(options.folder()), journal, options.businessDay(), 20, position -> {
            if (++transactions[0] == 2) {
                System.out.println("midway " + position);
                System.out.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        System.out.println("finished");
    }
}

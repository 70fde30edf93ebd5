package app.brigade.sync.testkit;

import app.brigade.store.api.Store;
import app.brigade.store.api.StoreOptions;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Opens a store in a JVM that also holds the sync server. The store migrates with Flyway from
 * {@code classpath:db/migration}, which Flyway scans recursively and so also finds the server's
 * {@code db/migration/h2/V1__sync_server.sql} ("more than one migration with version 1"). Until
 * local-store uses a location of its own, the store is opened with a context class loader that hides
 * the server's migrations (Flyway reads the context class loader when it is configured).
 */
public final class StoreOpener {

    private StoreOpener() {
    }

    public static Store open(StoreOptions options) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(new WithoutServerMigrations(previous));
        try {
            return Store.open(options);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static final class WithoutServerMigrations extends ClassLoader {
        WithoutServerMigrations(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            List<URL> urls = Collections.list(super.getResources(name));
            if (name.startsWith("db/migration")) {
                urls.removeIf(u -> u.toString().contains("sync-server"));
            }
            return Collections.enumeration(urls);
        }

        @Override
        public URL getResource(String name) {
            URL url = super.getResource(name);
            return url != null && name.startsWith("db/migration") && url.toString().contains("sync-server") ? null
                    : url;
        }
    }
}

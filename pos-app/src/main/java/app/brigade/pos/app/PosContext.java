package app.brigade.pos.app;

import app.brigade.model.catalog.Catalog;
import app.brigade.model.protocol.CatalogCodec;
import app.brigade.pos.print.NoPrinter;
import app.brigade.pos.print.PosPrinter;
import app.brigade.pos.service.PosService;
import app.brigade.store.api.Store;
import app.brigade.store.api.StoreOptions;
import app.brigade.store.query.CatalogSnapshot;
import app.brigade.sync.SyncClient;
import app.brigade.sync.SyncSettings;
import app.brigade.sync.enroll.DeviceCredentials;
import app.brigade.sync.enroll.Enrollment;
import java.io.IOException;
import java.net.URI;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The POS composition root: opens the terminal's store, picks the catalog (the server's, a
 * configured file, or the demo restaurant), connects the printer, and wires the service. Closed on exit.
 */
public final class PosContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PosContext.class);

    private final PosConfig config;
    private final Store store;
    private final Catalog catalog;
    private final PosPrinter printer;
    private final PosService service;
    private final SyncClient sync;

    private PosContext(PosConfig config, Store store, Catalog catalog, PosPrinter printer, SyncClient sync) {
        this.config = config;
        this.store = store;
        this.catalog = catalog;
        this.printer = printer;
        this.sync = sync;
        this.service = new PosService(store, catalog, printer, System::currentTimeMillis);
        if (sync != null) {
            service.onRecorded(sync::recorded);
        }
    }

    public static PosContext open(PosConfig config) {
        return open(config, null);
    }

    /**
     * Opens the terminal. With {@code server.url} set the terminal syncs: it enrolls first when given
     * an enrollment code, otherwise it loads the token saved by an earlier enrollment; the store
     * then takes the device id the server issued.
     */
    public static PosContext open(PosConfig config, String enrollmentCode) {
        Catalog catalog = catalog(config);
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + config.dataDir(), e);
        }
        SyncSettings settings = SyncSettings.builder().lanPeers(config.kdsPeers()).build();
        DeviceCredentials credentials = null;
        String deviceId = config.deviceId();
        if (config.serverUrl() != null) {
            URI server = URI.create(config.serverUrl());
            credentials = enrollmentCode != null
                    ? Enrollment.enroll(server, enrollmentCode, config.terminalName(), "pos", config.dataDir(),
                            settings, false)
                    : Enrollment.load(config.dataDir(), server);
            deviceId = credentials.deviceId();
        } else if (enrollmentCode != null) {
            throw new IllegalArgumentException("--enroll needs server.url in the configuration");
        }
        Store store = Store.open(StoreOptions.defaults(config.dataDir().resolve("store"), deviceId,
                config.orderPrefix(), catalog.settings()));
        LOG.info("store opened: {}", store.recoveryReport());
        Catalog stored = store.catalog().map(s -> new CatalogCodec().read(s.json())).orElse(null);
        if (stored == null) {
            store.saveCatalog(new CatalogSnapshot(catalog.version(), "local-" + catalog.version(),
                    new CatalogCodec().write(catalog)));
        } else if (config.catalogFile() == null) {
            catalog = stored;
        }
        PosPrinter printer = Printers.open(config, catalog);
        SyncClient sync = null;
        if (credentials != null) {
            sync = SyncClient.create(store, credentials, settings);
            sync.start();
        } else if (!config.kdsPeers().isEmpty()) {
            LOG.warn("kds.peers is set but the POS has no server.url: LAN delivery runs with the sync client only");
        }
        return new PosContext(config, store, catalog, printer, sync);
    }

    private static Catalog catalog(PosConfig config) {
        CatalogCodec codec = new CatalogCodec();
        if (config.catalogFile() == null) {
            return codec.demoRestaurant();
        }
        try {
            return codec.read(Files.readString(config.catalogFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog.file " + config.catalogFile(), e);
        }
    }

    public PosConfig config() {
        return config;
    }

    public Store store() {
        return store;
    }

    public Catalog catalog() {
        return catalog;
    }

    public PosPrinter printer() {
        return printer;
    }

    public PosService service() {
        return service;
    }

    /** The sync client, or empty for a standalone terminal. */
    public java.util.Optional<SyncClient> sync() {
        return java.util.Optional.ofNullable(sync);
    }

    @Override
    public void close() {
        if (sync != null) {
            sync.close();
        }
        if (printer instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("closing the printer failed", e);
            }
        }
        store.close();
    }

    /** Chooses the printer implementation from the configuration. */
    static final class Printers {
        private Printers() {
        }

        static PosPrinter open(PosConfig config, Catalog catalog) {
            return switch (config.printerType()) {
                case NONE -> new NoPrinter();
                case SERIAL, TCP -> app.brigade.pos.print.DevicePrinter.open(config, catalog);
            };
        }
    }
}

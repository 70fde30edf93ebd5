package app.brigade.pos.app;

import app.brigade.model.catalog.Catalog;
import app.brigade.model.protocol.CatalogCodec;
import app.brigade.pos.print.NoPrinter;
import app.brigade.pos.print.PosPrinter;
import app.brigade.pos.service.PosService;
import app.brigade.store.api.Store;
import app.brigade.store.api.StoreOptions;
import app.brigade.store.query.CatalogSnapshot;
import java.io.IOException;
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

    private PosContext(PosConfig config, Store store, Catalog catalog, PosPrinter printer) {
        this.config = config;
        this.store = store;
        this.catalog = catalog;
        this.printer = printer;
        this.service = new PosService(store, catalog, printer, System::currentTimeMillis);
    }

    public static PosContext open(PosConfig config) {
        Catalog catalog = catalog(config);
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + config.dataDir(), e);
        }
        Store store = Store.open(StoreOptions.defaults(config.dataDir().resolve("store"), config.deviceId(),
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
        return new PosContext(config, store, catalog, printer);
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

    @Override
    public void close() {
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

package app.brigade.kds.app;

import app.brigade.kds.board.KitchenInbox;
import app.brigade.kds.board.KitchenService;
import app.brigade.kds.lan.LanListener;
import app.brigade.kds.lan.LanPeers;
import app.brigade.kds.sound.Chime;
import app.brigade.kds.sound.ToneChime;
import app.brigade.model.catalog.Catalog;
import app.brigade.model.catalog.Station;
import app.brigade.model.protocol.CatalogCodec;
import app.brigade.store.api.Store;
import app.brigade.store.api.StoreOptions;
import app.brigade.sync.SyncClient;
import app.brigade.sync.SyncSettings;
import app.brigade.sync.enroll.DeviceCredentials;
import app.brigade.sync.enroll.Enrollment;
import app.brigade.sync.enroll.EnrollmentException;
import java.net.URI;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The KDS composition root: opens the store, picks the catalog (the server's if saved, else the demo
 * restaurant) for station names, starts the LAN listener when a token is configured and the chime
 * when sound is on. Closed on exit.
 */
public final class KdsContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KdsContext.class);
    /** A KDS never opens orders; the store still needs an order-number prefix. */
    private static final String ORDER_PREFIX = "K";

    private final KdsConfig config;
    private final Store store;
    private final Catalog catalog;
    private final KitchenInbox inbox;
    private final KitchenService kitchen;
    private final LanPeers peers;
    private final LanListener lan;
    private final Chime chime;

    private SyncClient sync;

    private KdsContext(KdsConfig config, Store store, Catalog catalog, LanListener lan, LanPeers peers,
            KitchenInbox inbox, Chime chime) {
        this.config = config;
        this.store = store;
        this.catalog = catalog;
        this.inbox = inbox;
        this.kitchen = new KitchenService(store, config.deviceId());
        this.peers = peers;
        this.lan = lan;
        this.chime = chime;
    }

    public static KdsContext open(KdsConfig config) {
        return open(config, null);
    }

    /**
     * Opens the display. With {@code server.url} and an enrollment (a code now, or the token saved by
     * an earlier one) the KDS also syncs: it receives tickets from the server feed and pushes its
     * bumps; without one it works from the LAN alone and only pings the server for the status bar.
     */
    public static KdsContext open(KdsConfig config, String enrollmentCode) {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + config.dataDir(), e);
        }
        CatalogCodec codec = new CatalogCodec();
        Catalog demo = codec.demoRestaurant();
        SyncSettings syncSettings = SyncSettings.defaults();
        DeviceCredentials credentials = credentials(config, enrollmentCode, syncSettings);
        Store store = Store.open(StoreOptions.defaults(config.dataDir().resolve("store"),
                credentials != null ? credentials.deviceId() : config.deviceId(), ORDER_PREFIX, demo.settings()));
        LOG.info("store opened: {}", store.recoveryReport());
        Catalog catalog = store.catalog().map(s -> codec.read(s.json())).orElse(demo);
        for (String s : config.stations()) {
            if (catalog.station(s).isEmpty()) {
                LOG.warn("station '{}' of stations= is not in the catalog (known: {}); its tickets show when they"
                        + " arrive", s, catalog.stations().stream().map(Station::id).toList());
            }
        }
        KitchenInbox inbox = new KitchenInbox(store);
        LanPeers peers = new LanPeers(System::currentTimeMillis);
        LanListener lan = null;
        Chime chime = Chime.silent();
        try {
            if (config.lanEnabled()) {
                lan = new LanListener(inbox, peers, config.lanToken(), config.terminalName());
                lan.start(config.lanBind(), config.lanPort());
            } else {
                LOG.info("LAN listener off: set lan.token (and lan.port) so POS terminals can deliver tickets"
                        + " directly");
            }
            if (config.sound()) {
                chime = new ToneChime();
            }
        } catch (RuntimeException e) {
            if (lan != null) {
                lan.close();
            }
            store.close();
            throw new IllegalStateException("cannot listen for POS terminals on " + config.lanBind() + ":"
                    + config.lanPort() + " (" + e.getMessage() + "); is another KDS using lan.port?", e);
        }
        KdsContext context = new KdsContext(config, store, catalog, lan, peers, inbox, chime);
        if (credentials != null) {
            context.sync = SyncClient.create(store, credentials, syncSettings);
            context.sync.addRemoteEventsListener(events -> inbox.changed());
            context.sync.start();
        }
        return context;
    }

    private static DeviceCredentials credentials(KdsConfig config, String code, SyncSettings settings) {
        if (config.serverUrl() == null) {
            if (code != null) {
                throw new IllegalArgumentException("--enroll needs server.url in the configuration");
            }
            return null;
        }
        URI server = URI.create(config.serverUrl());
        if (code != null) {
            return Enrollment.enroll(server, code, config.terminalName(), "kds", config.dataDir(), settings, false);
        }
        try {
            return Enrollment.load(config.dataDir(), server);
        } catch (EnrollmentException e) {
            LOG.warn("{}; the KDS runs on the LAN only and just pings the server", e.getMessage());
            return null;
        }
    }

    /** The sync client, or empty when this KDS is not enrolled on a server. */
    public java.util.Optional<SyncClient> sync() {
        return java.util.Optional.ofNullable(sync);
    }

    public KdsConfig config() {
        return config;
    }

    public Store store() {
        return store;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Station id → name, for headers. */
    public Map<String, String> stationNames() {
        Map<String, String> names = new LinkedHashMap<>();
        catalog.stations().forEach(s -> names.put(s.id(), s.name()));
        return names;
    }

    /** Where remote events (LAN or server feed) enter. */
    public KitchenInbox inbox() {
        return inbox;
    }

    public KitchenService kitchen() {
        return kitchen;
    }

    public LanPeers peers() {
        return peers;
    }

    /** The bound LAN port, or -1 when the listener is off. */
    public int lanPort() {
        return lan == null ? -1 : lan.port();
    }

    public Chime chime() {
        return chime;
    }

    @Override
    public void close() {
        if (sync != null) {
            sync.close();
        }
        if (lan != null) {
            lan.close();
        }
        if (chime instanceof ToneChime t) {
            t.close();
        }
        store.close();
    }
}

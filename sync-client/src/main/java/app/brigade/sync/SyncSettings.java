package app.brigade.sync;

import app.brigade.sync.feed.FeedMode;
import app.brigade.sync.lan.LanPeer;
import app.brigade.sync.tls.TlsSettings;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Every knob of the sync client, with defaults for a restaurant LAN/internet link: all HTTP timeouts,
 * batch size, backoff, polling and health intervals, feed mode, TLS trust and LAN peers.
 */
public record SyncSettings(
        Duration connectTimeout,
        Duration readTimeout,
        Duration writeTimeout,
        Duration callTimeout,
        Duration streamReadTimeout,
        int pushBatch,
        Duration backoffBase,
        Duration backoffCap,
        Duration idlePoll,
        Duration healthInterval,
        Duration offlineHealthInterval,
        Duration slowCall,
        int longPollWaitSeconds,
        FeedMode feedMode,
        Duration streamRetryAfter,
        Duration catalogInterval,
        TlsSettings tls,
        List<LanPeer> lanPeers,
        Set<String> lanTypes,
        Duration lanScanInterval) {

    /** DESIGN §3: at most 500 events per push. */
    public static final int MAX_BATCH = 500;
    /** What goes to the kitchen (and back) over the LAN as well as through the server. */
    public static final Set<String> KITCHEN_TYPES = Set.of("OrderFired", "TicketItemDone", "TicketBumped",
            "TicketRecalled");

    public SyncSettings {
        positive(connectTimeout, "connectTimeout");
        positive(readTimeout, "readTimeout");
        positive(writeTimeout, "writeTimeout");
        positive(callTimeout, "callTimeout");
        positive(streamReadTimeout, "streamReadTimeout");
        positive(backoffBase, "backoffBase");
        positive(backoffCap, "backoffCap");
        positive(idlePoll, "idlePoll");
        positive(healthInterval, "healthInterval");
        positive(offlineHealthInterval, "offlineHealthInterval");
        positive(slowCall, "slowCall");
        positive(streamRetryAfter, "streamRetryAfter");
        positive(catalogInterval, "catalogInterval");
        positive(lanScanInterval, "lanScanInterval");
        Objects.requireNonNull(feedMode, "feedMode");
        Objects.requireNonNull(tls, "tls");
        if (pushBatch < 1 || pushBatch > MAX_BATCH) {
            throw new IllegalArgumentException("pushBatch " + pushBatch + " is not allowed; use 1 to " + MAX_BATCH);
        }
        if (backoffCap.compareTo(backoffBase) < 0) {
            throw new IllegalArgumentException("backoffCap " + backoffCap + " is below backoffBase " + backoffBase);
        }
        if (longPollWaitSeconds < 1 || longPollWaitSeconds > 60) {
            throw new IllegalArgumentException("longPollWaitSeconds " + longPollWaitSeconds + " is not allowed; use"
                    + " 1 to 60");
        }
        lanPeers = List.copyOf(lanPeers);
        lanTypes = Set.copyOf(lanTypes);
        if (lanPeers.stream().map(LanPeer::name).distinct().count() != lanPeers.size()) {
            throw new IllegalArgumentException("LAN peer names must be unique, got " + lanPeers);
        }
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
    }

    public static SyncSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.connectTimeout = connectTimeout;
        b.readTimeout = readTimeout;
        b.writeTimeout = writeTimeout;
        b.callTimeout = callTimeout;
        b.streamReadTimeout = streamReadTimeout;
        b.pushBatch = pushBatch;
        b.backoffBase = backoffBase;
        b.backoffCap = backoffCap;
        b.idlePoll = idlePoll;
        b.healthInterval = healthInterval;
        b.offlineHealthInterval = offlineHealthInterval;
        b.slowCall = slowCall;
        b.longPollWaitSeconds = longPollWaitSeconds;
        b.feedMode = feedMode;
        b.streamRetryAfter = streamRetryAfter;
        b.catalogInterval = catalogInterval;
        b.tls = tls;
        b.lanPeers = lanPeers;
        b.lanTypes = lanTypes;
        b.lanScanInterval = lanScanInterval;
        return b;
    }

    /** Fluent construction; unset values keep the defaults. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(20);
        private Duration writeTimeout = Duration.ofSeconds(20);
        private Duration callTimeout = Duration.ofSeconds(60);
        // Longer than the server's 15 s keep-alive comment, so an idle stream is never cut by the client.
        private Duration streamReadTimeout = Duration.ofSeconds(40);
        private int pushBatch = MAX_BATCH;
        private Duration backoffBase = Duration.ofMillis(500);
        private Duration backoffCap = Duration.ofSeconds(30);
        private Duration idlePoll = Duration.ofSeconds(2);
        private Duration healthInterval = Duration.ofSeconds(15);
        private Duration offlineHealthInterval = Duration.ofSeconds(3);
        private Duration slowCall = Duration.ofSeconds(2);
        private int longPollWaitSeconds = 25;
        private FeedMode feedMode = FeedMode.STREAM;
        private Duration streamRetryAfter = Duration.ofMinutes(5);
        private Duration catalogInterval = Duration.ofMinutes(5);
        private TlsSettings tls = TlsSettings.system();
        private List<LanPeer> lanPeers = List.of();
        private Set<String> lanTypes = KITCHEN_TYPES;
        private Duration lanScanInterval = Duration.ofSeconds(10);

        public Builder connectTimeout(Duration v) { connectTimeout = v; return this; }
        public Builder readTimeout(Duration v) { readTimeout = v; return this; }
        public Builder writeTimeout(Duration v) { writeTimeout = v; return this; }
        public Builder callTimeout(Duration v) { callTimeout = v; return this; }
        public Builder streamReadTimeout(Duration v) { streamReadTimeout = v; return this; }
        public Builder pushBatch(int v) { pushBatch = v; return this; }
        public Builder backoff(Duration base, Duration cap) { backoffBase = base; backoffCap = cap; return this; }
        public Builder idlePoll(Duration v) { idlePoll = v; return this; }
        public Builder healthInterval(Duration online, Duration offline) {
            healthInterval = online;
            offlineHealthInterval = offline;
            return this;
        }
        public Builder slowCall(Duration v) { slowCall = v; return this; }
        public Builder longPollWaitSeconds(int v) { longPollWaitSeconds = v; return this; }
        public Builder feedMode(FeedMode v) { feedMode = v; return this; }
        public Builder streamRetryAfter(Duration v) { streamRetryAfter = v; return this; }
        public Builder catalogInterval(Duration v) { catalogInterval = v; return this; }
        public Builder tls(TlsSettings v) { tls = v; return this; }
        public Builder lanPeers(List<LanPeer> v) { lanPeers = v; return this; }
        public Builder lanTypes(Set<String> v) { lanTypes = v; return this; }
        public Builder lanScanInterval(Duration v) { lanScanInterval = v; return this; }

        public SyncSettings build() {
            return new SyncSettings(connectTimeout, readTimeout, writeTimeout, callTimeout, streamReadTimeout,
                    pushBatch, backoffBase, backoffCap, idlePoll, healthInterval, offlineHealthInterval, slowCall,
                    longPollWaitSeconds, feedMode, streamRetryAfter, catalogInterval, tls, lanPeers, lanTypes,
                    lanScanInterval);
        }
    }
}

package app.brigade.server.metrics;

import app.brigade.server.events.PushReply;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/** The server's counters and gauges, rendered in the Prometheus text format (no client library needed). */
public final class Metrics {

    private record RequestKey(String method, String route, int status) implements Comparable<RequestKey> {
        @Override
        public int compareTo(RequestKey o) {
            int c = route.compareTo(o.route);
            c = c != 0 ? c : method.compareTo(o.method);
            return c != 0 ? c : Integer.compare(status, o.status);
        }
    }

    private final Map<RequestKey, LongAdder> requests = new ConcurrentSkipListMap<>();
    private final LongAdder ingested = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final Map<String, LongAdder> flagged = new ConcurrentSkipListMap<>();
    private final Map<Object, AtomicLong> streamCursors = new ConcurrentHashMap<>();
    private final AtomicLong longPolls = new AtomicLong();
    private volatile LongSupplier feedHead = () -> 0;

    public void feedHead(LongSupplier head) {
        this.feedHead = head;
    }

    public void request(String method, String route, int status) {
        requests.computeIfAbsent(new RequestKey(method, route, status), k -> new LongAdder()).increment();
    }

    public void eventsStored(int accepted, int dups, List<PushReply.Flag> flags) {
        ingested.add(accepted);
        duplicates.add(dups);
        for (PushReply.Flag f : flags) {
            flagged.computeIfAbsent(f.reason(), k -> new LongAdder()).increment();
        }
    }

    /** Registers an open SSE stream; the returned cursor is what the stream has delivered so far. */
    public AtomicLong streamOpened(Object stream, long cursor) {
        AtomicLong c = new AtomicLong(cursor);
        streamCursors.put(stream, c);
        return c;
    }

    public void streamClosed(Object stream) {
        streamCursors.remove(stream);
    }

    public void longPollStarted() {
        longPolls.incrementAndGet();
    }

    public void longPollEnded() {
        longPolls.decrementAndGet();
    }

    public String render() {
        StringBuilder out = new StringBuilder(2048);
        header(out, "brigade_http_requests_total", "counter", "HTTP requests served, by method, route and status.");
        requests.forEach((k, v) -> out.append("brigade_http_requests_total{method=\"").append(k.method())
                .append("\",route=\"").append(escape(k.route())).append("\",status=\"").append(k.status())
                .append("\"} ").append(v.sum()).append('\n'));
        header(out, "brigade_events_ingested_total", "counter", "Events stored for the first time.");
        out.append("brigade_events_ingested_total ").append(ingested.sum()).append('\n');
        header(out, "brigade_events_duplicate_total", "counter", "Events resent that were already stored.");
        out.append("brigade_events_duplicate_total ").append(duplicates.sum()).append('\n');
        header(out, "brigade_events_flagged_total", "counter", "Stored events flagged for review, by reason.");
        flagged.forEach((reason, v) -> out.append("brigade_events_flagged_total{reason=\"").append(escape(reason))
                .append("\"} ").append(v.sum()).append('\n'));
        long head = feedHead.getAsLong();
        header(out, "brigade_feed_head", "gauge", "Newest server sequence this instance knows of.");
        out.append("brigade_feed_head ").append(head).append('\n');
        header(out, "brigade_feed_lag_events", "gauge",
                "Events the furthest-behind open stream has not been sent yet (0 without streams).");
        long lag = streamCursors.values().stream().mapToLong(c -> Math.max(0, head - c.get())).max().orElse(0);
        out.append("brigade_feed_lag_events ").append(lag).append('\n');
        header(out, "brigade_open_streams", "gauge", "Open Server-Sent Events feed streams.");
        out.append("brigade_open_streams ").append(streamCursors.size()).append('\n');
        header(out, "brigade_waiting_long_polls", "gauge", "Feed long-polls waiting for new events.");
        out.append("brigade_waiting_long_polls ").append(longPolls.get()).append('\n');
        return out.toString();
    }

    private static void header(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static String escape(String label) {
        return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}

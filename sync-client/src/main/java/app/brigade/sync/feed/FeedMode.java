package app.brigade.sync.feed;

/** How the terminal follows the server's feed. */
public enum FeedMode {
    /** Server-Sent Events, falling back to long-poll when the stream is unusable (e.g. a buffering proxy). */
    STREAM,
    /** Long-poll only ({@code GET /v1/events?wait=}). */
    LONG_POLL,
    /** No feed: push only (e.g. a terminal that only sells). */
    OFF
}

package app.brigade.ui.status;

/** How the terminal reaches the central server, as decided by real calls (DESIGN §3). */
public enum Connectivity {
    STANDALONE,
    ONLINE,
    DEGRADED,
    OFFLINE,
    REENROLL
}

package app.brigade.server.events;

import app.brigade.model.protocol.Event;

/** An event about to be stored, with its canonical JSON and the SHA-256 of that JSON (for duplicate checks). */
record StoredEvent(Event event, String body, String hash) {
}

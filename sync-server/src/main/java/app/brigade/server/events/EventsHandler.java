package app.brigade.server.events;

import app.brigade.model.protocol.EventCodec;
import app.brigade.server.api.BodyReader;
import app.brigade.server.api.Json;
import app.brigade.server.auth.Access;
import app.brigade.server.auth.Principal;
import io.javalin.http.Context;

/** {@code POST /v1/events}: a device pushes a batch of its own events. */
public final class EventsHandler {

    private final IngestService ingest;
    private final EventCodec codec;
    private final Access access;
    private final BodyReader body;

    public EventsHandler(IngestService ingest, EventCodec codec, Access access, BodyReader body) {
        this.ingest = ingest;
        this.codec = codec;
        this.access = access;
        this.body = body;
    }

    public void push(Context ctx) {
        Principal device = access.device(ctx);
        PushReply reply = ingest.push(device.deviceId(), codec.readBatch(body.read(ctx)));
        Json.send(ctx, 200, reply);
    }
}

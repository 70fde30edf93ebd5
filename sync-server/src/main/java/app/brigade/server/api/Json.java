package app.brigade.server.api;

import app.brigade.model.protocol.EventCodec;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes JSON and problem replies with the project's one Jackson configuration. */
public final class Json {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper MAPPER = EventCodec.newMapper();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static void send(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(write(body));
    }

    public static void sendRaw(Context ctx, int status, String json) {
        ctx.status(status).contentType("application/json").result(json);
    }

    public static void problem(Context ctx, ProblemException p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", p.type());
        body.put("title", p.title());
        body.put("status", p.status());
        body.put("detail", p.detail());
        body.put("instance", ctx.path());
        body.putAll(p.extensions());
        ctx.status(p.status()).contentType(PROBLEM_JSON).result(write(body));
    }
}

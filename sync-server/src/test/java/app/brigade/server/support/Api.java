package app.brigade.server.support;

import app.brigade.model.protocol.EventCodec;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/** A small JSON client for the server's API, used by tests and the benchmark. */
public final class Api {

    private final HttpClient http;
    private final String base;

    public Api(String base) {
        this(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    public Api(String base, SSLContext ssl) {
        this(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).sslContext(ssl).build());
    }

    private Api(String base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    public String base() {
        return base;
    }

    public HttpClient http() {
        return http;
    }

    /** A response with its body read as text. */
    public record Response(int status, HttpHeaders headers, String body) {
        public JsonNode json() {
            try {
                return EventCodec.newMapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("response is not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        /** The problem type slug after {@code urn:brigade:problem:}. */
        public String problem() {
            String type = json().path("type").asText();
            return type.substring(type.lastIndexOf(':') + 1);
        }
    }

    public HttpRequest.Builder request(String pathAndQuery, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(90));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    public Response get(String path, String token, String... headers) {
        HttpRequest.Builder b = request(path, token).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }

    public Response post(String path, String token, String body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Response put(String path, String token, String body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}

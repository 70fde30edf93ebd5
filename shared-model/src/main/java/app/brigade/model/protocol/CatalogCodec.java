package app.brigade.model.protocol;

import app.brigade.model.catalog.Catalog;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads and writes the catalog JSON served by {@code GET /v1/catalog} and shipped as the demo restaurant. */
public final class CatalogCodec {

    private static final String DEMO = "/app/brigade/model/catalog/demo-restaurant.json";
    private final ObjectMapper mapper = EventCodec.newMapper();

    public Catalog read(String json) {
        try {
            return mapper.readValue(json, Catalog.class);
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            String message = cause == e ? e.getOriginalMessage() : cause.getMessage();
            throw new MalformedEventException(path(e), "catalog is invalid at " + path(e) + ": " + message, e);
        } catch (JacksonException e) {
            throw new MalformedEventException("$", "catalog is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : e.getPath()) {
            sb.append(r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]");
        }
        return sb.toString();
    }

    public String write(Catalog catalog) {
        try {
            return mapper.writeValueAsString(catalog);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write catalog", e);
        }
    }

    /** The demo restaurant that ships with Brigade: 9 categories, 65 items, three stations, four staff. */
    public Catalog demoRestaurant() {
        try (InputStream in = CatalogCodec.class.getResourceAsStream(DEMO)) {
            if (in == null) {
                throw new IllegalStateException("demo catalog resource " + DEMO + " is missing from the build");
            }
            return mapper.readValue(in, Catalog.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo catalog " + DEMO, e);
        }
    }
}

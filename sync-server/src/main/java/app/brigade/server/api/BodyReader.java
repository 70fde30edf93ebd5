package app.brigade.server.api;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Reads a request body up to a byte limit; larger bodies are refused with {@code 413}, never buffered whole. */
public final class BodyReader {

    private final long maxBytes;

    public BodyReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public String read(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            drain(ctx);
            throw tooLarge(declared + " bytes");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, Math.min(declared, maxBytes)));
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > maxBytes) {
                    drain(ctx);
                    throw tooLarge("more than " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ProblemException.badRequest("body-unreadable", "the request body could not be read: " + e.getMessage(),
                    null);
        }
    }

    private ProblemException tooLarge(String got) {
        return new ProblemException(413, "body-too-large", "Request body too large",
                "the request body is " + got + "; at most " + maxBytes + " bytes are allowed",
                Map.of("maxBytes", maxBytes));
    }

    /** Reads and discards what the client is still sending (bounded), so it can read the 413 instead of a reset. */
    private void drain(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            long limit = Math.max(maxBytes * 8, 64L * 1024 * 1024);
            long total = 0;
            for (int n; total < limit && (n = in.read(buffer)) >= 0; ) {
                total += n;
            }
        } catch (IOException e) {
            // The client went away; nothing left to drain.
        }
    }
}

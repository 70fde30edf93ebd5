package app.brigade.sync.http;

import java.io.IOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds {@code Authorization: Bearer …} to every request that does not carry one already. */
public final class BearerToken implements Interceptor {

    private final String token;

    public BearerToken(String token) {
        this.token = Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("bearer token is blank");
        }
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        if (chain.request().header("Authorization") != null) {
            return chain.proceed(chain.request());
        }
        return chain.proceed(chain.request().newBuilder().header("Authorization", "Bearer " + token).build());
    }

    @Override
    public String toString() {
        return "BearerToken[***]";
    }
}

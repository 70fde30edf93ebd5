package app.brigade.sync.http;

import java.time.Duration;
import java.util.Objects;

/** The outcome of one API call: the decoded reply, or an {@link ApiFailure}. Calls never throw for I/O. */
public sealed interface ApiResult<T> {

    /** The call succeeded with {@code value} after {@code latency}. */
    record Ok<T>(T value, Duration latency) implements ApiResult<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The call failed; see {@link ApiFailure#kind()}. */
    record Failed<T>(ApiFailure failure) implements ApiResult<T> {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }
}

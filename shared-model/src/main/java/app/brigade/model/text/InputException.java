package app.brigade.model.text;

import java.util.List;
import java.util.Objects;

/**
 * Typed input refused by a check that has no bundle of its own (an amount, a card's details): the
 * English sentence for the log and for callers without a bundle, plus a text key and its arguments so a
 * terminal shows the refusal in its own language. The key names a text in the terminal's shared bundle
 * ({@code app/brigade/ui/messages*.properties}).
 */
public final class InputException extends IllegalArgumentException {

    private final String key;
    private final List<Object> args;

    public InputException(String key, String english, Object... args) {
        super(english);
        this.key = Objects.requireNonNull(key, "key");
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    /** The values the text's {@code {0}}, {@code {1}}… stand for. */
    public Object[] args() {
        return args.toArray();
    }
}

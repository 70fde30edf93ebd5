package app.brigade.pos.service;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A sentence for the cashier kept as a bundle key and its arguments, so the service layer can say why
 * something was refused without choosing the language: the screen renders it with the terminal's
 * {@code Messages}. An argument may itself be a {@code Text} (e.g. the action a manager must approve).
 */
public record Text(String key, List<Object> args) {

    public Text {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    /** The sentence in {@code locale}, looking keys up with {@code lookup}; nested texts are rendered first. */
    public String render(UnaryOperator<String> lookup, Locale locale) {
        Object[] values = args.stream().map(a -> a instanceof Text t ? t.render(lookup, locale) : a).toArray();
        return new MessageFormat(lookup.apply(key), locale).format(values);
    }
}

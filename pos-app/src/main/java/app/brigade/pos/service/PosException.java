package app.brigade.pos.service;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A refused action, with a sentence for the cashier saying why and what to do. The sentence is a
 * {@link Text} (bundle key and arguments) that the screen renders in the terminal's language;
 * {@link #getMessage()} is the English sentence, for logs and the command line.
 */
public final class PosException extends RuntimeException {

    /** The POS bundle's base (English) file alone, without falling back to the JVM's default locale. */
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("app.brigade.pos.messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private final transient Text text;

    public PosException(String key, Object... args) {
        this(Text.of(key, args));
    }

    public PosException(Text text) {
        super(text.render(ENGLISH::getString, Locale.ENGLISH));
        this.text = text;
    }

    public Text text() {
        return text;
    }
}

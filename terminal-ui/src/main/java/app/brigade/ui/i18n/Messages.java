package app.brigade.ui.i18n;

import app.brigade.model.text.InputException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user's words: strings from resource bundles, formatted for the terminal's locale. */
public final class Messages {

    private final ResourceBundle bundle;
    private final ResourceBundle shared;
    private final Locale locale;

    /** Loads {@code baseName} (the app's bundle) in front of the shared terminal bundle. */
    public Messages(String baseName, Locale locale) {
        this.locale = locale;
        this.bundle = baseName == null ? null : ResourceBundle.getBundle(baseName, locale);
        this.shared = ResourceBundle.getBundle("app.brigade.ui.messages", locale);
    }

    public String get(String key) {
        if (bundle != null && bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        try {
            return shared.getString(key);
        } catch (MissingResourceException e) {
            throw new MissingResourceException("no text for '" + key + "' in " + locale, "Messages", key);
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** An input refusal ({@link InputException}) in this terminal's language. */
    public String text(InputException refused) {
        return format(refused.key(), refused.args());
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle != null ? bundle : shared;
    }
}

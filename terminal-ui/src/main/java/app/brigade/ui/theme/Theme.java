package app.brigade.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * AtlantaFX's Primer theme plus Brigade's touch sizes (keys ≥ 48 px, large type). The POS defaults
 * to the light variant, the KDS to the dark one for a kitchen seen from two metres; the {@code theme}
 * key of either terminal's settings picks the other.
 */
public final class Theme {

    public static final String STYLESHEET = "/app/brigade/ui/brigade.css";

    /** The Primer variant a terminal shows (config key {@code theme}: {@code light} or {@code dark}). */
    public enum Variant {
        LIGHT,
        DARK
    }

    private Theme() {
    }

    /**
     * Sets the user-agent theme for the whole application; call before the first scene shows (calling
     * it again restyles every open scene, which is how a terminal set up by the first-run wizard
     * switches to its configured variant).
     */
    public static void install(Variant variant) {
        Application.setUserAgentStylesheet(variant == Variant.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** {@link #install(Variant)} with {@code DARK} when {@code dark}, else {@code LIGHT}. */
    public static void install(boolean dark) {
        install(dark ? Variant.DARK : Variant.LIGHT);
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource(STYLESHEET).toExternalForm());
    }
}

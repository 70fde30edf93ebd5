package app.brigade.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * AtlantaFX's Primer theme plus Brigade's touch sizes (keys ≥ 48 px, large type). The KDS uses
 * the dark variant for a kitchen seen from two metres.
 */
public final class Theme {

    public static final String STYLESHEET = "/app/brigade/ui/brigade.css";

    private Theme() {
    }

    /** Sets the user-agent theme for the whole application; call once, before the first scene shows. */
    public static void install(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource(STYLESHEET).toExternalForm());
    }
}

package app.brigade.ui.setup;

import java.nio.file.Path;

/** Opens the application's terminal from the settings file the wizard wrote; runs off the FX thread. */
@FunctionalInterface
public interface TerminalOpener<T> {

    /** @throws Exception with a message saying what is wrong (bad setting, store in use…) */
    T open(Path configFile) throws Exception;
}

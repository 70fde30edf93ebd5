package app.brigade.server.support;

import app.brigade.server.ServerConfig;
import java.nio.file.Path;

/** Fresh H2 file databases for tests: the server's no-setup default, in a temp data folder. */
public final class H2Database {

    private H2Database() {
    }

    public static ServerConfig.Builder fresh(Path dir) {
        return ServerConfig.builder().dataDir(dir.resolve("data-" + System.nanoTime()));
    }
}

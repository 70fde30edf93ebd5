package app.brigade.server.api;

import app.brigade.server.ServerConfig;
import app.brigade.server.support.H2Database;
import java.nio.file.Path;

/** Bad input against the default H2 database. */
class H2BadInputTest extends BadInputContract {
    @Override
    protected ServerConfig.Builder freshDatabase(Path dir) {
        return H2Database.fresh(dir);
    }
}

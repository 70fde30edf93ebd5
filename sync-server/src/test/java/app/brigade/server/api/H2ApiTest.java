package app.brigade.server.api;

import app.brigade.server.ServerConfig;
import app.brigade.server.support.H2Database;
import java.nio.file.Path;

/** The API contract on the default embedded H2 file database. */
class H2ApiTest extends ApiContract {
    @Override
    protected ServerConfig.Builder freshDatabase(Path dir) {
        return H2Database.fresh(dir);
    }
}

package app.brigade.server.api;

import app.brigade.server.ServerConfig;
import app.brigade.server.support.PostgresCluster;
import app.brigade.server.support.PostgresExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad input against a real PostgreSQL server. */
@ExtendWith(PostgresExtension.class)
class PostgresBadInputTest extends BadInputContract {

    private static PostgresCluster postgres;

    @BeforeAll
    static void cluster(PostgresCluster cluster) {
        postgres = cluster;
    }

    @Override
    protected ServerConfig.Builder freshDatabase(Path dir) {
        return ServerConfig.builder().dataDir(dir).dbUrl(postgres.createDatabase()).dbUser(PostgresCluster.USER);
    }
}

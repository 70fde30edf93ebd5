package app.brigade.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.server.BrigadeServer;
import app.brigade.server.support.H2Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/api/openapi.yaml describes exactly the routes the server registers: none missing, none extra. */
class OpenApiRoutesTest {

    private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
    private static final Pattern METHOD = Pattern.compile("^    (get|put|post|delete|patch|head|options):\\s*$");

    @TempDir
    Path dir;

    @Test
    void everyRegisteredRouteIsDocumentedAndEveryDocumentedRouteIsServed() throws IOException {
        List<String> documented = documentedRoutes(openApiFile());
        List<String> served;
        try (BrigadeServer server = BrigadeServer.start(H2Database.fresh(dir).host("127.0.0.1").port(0).build())) {
            served = server.routes().stream().map(r -> r.replaceAll("\\{(\\w+)}", "{$1}")).toList();
        }

        assertThat(served).isNotEmpty();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
    }

    private static List<String> documentedRoutes(Path file) throws IOException {
        List<String> routes = new ArrayList<>();
        boolean inPaths = false;
        String path = null;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("paths:")) {
                inPaths = true;
                continue;
            }
            if (inPaths && !line.isBlank() && !line.startsWith(" ") && !line.startsWith("#")) {
                break;
            }
            Matcher p = PATH.matcher(line);
            Matcher m = METHOD.matcher(line);
            if (inPaths && p.matches()) {
                path = p.group(1);
            } else if (inPaths && path != null && m.matches()) {
                routes.add(m.group(1).toUpperCase(Locale.ROOT) + " " + path);
            }
        }
        return routes;
    }

    /** The repository's docs folder, found from the module directory the tests run in. */
    private static Path openApiFile() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("docs/api/openapi.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("docs/api/openapi.yaml not found above " + Path.of("").toAbsolutePath());
    }
}

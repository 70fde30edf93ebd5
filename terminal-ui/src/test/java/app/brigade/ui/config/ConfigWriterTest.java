package app.brigade.ui.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigWriterTest {

    @TempDir
    Path dir;

    @Test
    void valuesComeBackUnchangedThroughConfigFileIncludingWindowsPathsAndAccents() throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("terminal.name", "Küche 1");
        values.put("data.dir", "C:\\Users\\Kasse\\.brigade\\küche-1");
        values.put("server.url", "https://brigade.example:8443/base");
        values.put("note", " leading blank");
        Path file = dir.resolve("sub/pos.properties");

        ConfigWriter.write(file, "written by a test\nsecond line", values);

        ConfigFile read = ConfigFile.load(file);
        values.forEach((k, v) -> assertThat(read.string(k, null)).as(k).isEqualTo(v.strip()));
        assertThat(Files.readString(file)).startsWith("# written by a test\n# second line\n")
                .contains("terminal.name=Küche 1\n");
        try (var left = Files.list(file.getParent())) {
            assertThat(left).as("no temp file is left behind").containsExactly(file);
        }
    }

    @Test
    void rewritingReplacesTheWholeFile() throws Exception {
        Path file = dir.resolve("kds.properties");
        ConfigWriter.write(file, "one", Map.of("terminal.name", "KDS-1", "server.url", "http://a:1"));
        ConfigWriter.write(file, "two", Map.of("terminal.name", "KDS-2"));

        assertThat(ConfigFile.load(file).string("server.url", null)).isNull();
        assertThat(ConfigFile.load(file).string("terminal.name", null)).isEqualTo("KDS-2");
    }
}

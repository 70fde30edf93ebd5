package app.brigade.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .deb packages the build made with jpackage (fakeroot + dpkg-deb), read back with dpkg-deb. */
class DebPackageTest {

    private static final List<String> JAVAFX_LIBRARIES = List.of("libgtk-3-0", "libxtst6", "libgl1");

    @Test
    void posPackageDependsOnTheGtkLibrariesJavaFxNeedsAndShipsADesktopEntryWithIcon() throws Exception {
        Path deb = deb("brigade-pos");

        assertThat(field(deb, "Package")).isEqualTo("brigade-pos");
        assertThat(field(deb, "Version")).isEqualTo(Built.appVersion() + "-1");
        assertThat(dependencies(deb)).containsAll(JAVAFX_LIBRARIES);

        String contents = dpkgDeb("-c", deb.toString());
        assertThat(contents).contains("./opt/brigade-pos/bin/brigade-pos")
                .contains("./opt/brigade-pos/lib/brigade-pos.png")
                .contains("./opt/brigade-pos/lib/brigade-pos-brigade-pos.desktop");
        String postinst = dpkgDeb("-I", deb.toString(), "postinst");
        assertThat(postinst).as("the postinst registers the desktop entry").contains("xdg-desktop-menu install");
        assertThat(postinst).contains("brigade-pos-brigade-pos.desktop");
    }

    @Test
    void posDesktopEntryStartsTheInstalledLauncherWithTheBrigadeIcon(@TempDir Path unpacked) throws Exception {
        dpkgDeb("-x", deb("brigade-pos").toString(), unpacked.toString());

        Path desktop = unpacked.resolve("opt/brigade-pos/lib/brigade-pos-brigade-pos.desktop");
        assertThat(Files.readString(desktop)).contains("Name=Brigade POS")
                .contains("Exec=/opt/brigade-pos/bin/brigade-pos")
                .contains("Icon=/opt/brigade-pos/lib/brigade-pos.png")
                .contains("Type=Application");
        Path icon = unpacked.resolve("opt/brigade-pos/lib/brigade-pos.png");
        BufferedImage image = ImageIO.read(icon.toFile());
        assertThat(image).as("%s is a PNG", icon).isNotNull();
        assertThat(image.getWidth()).isEqualTo(256);
    }

    @Test
    void kdsPackageDependsOnTheGtkLibrariesJavaFxNeeds() throws Exception {
        Path deb = deb("brigade-kds");

        assertThat(field(deb, "Package")).isEqualTo("brigade-kds");
        assertThat(dependencies(deb)).containsAll(JAVAFX_LIBRARIES);
        assertThat(dpkgDeb("-c", deb.toString())).contains("./opt/brigade-kds/bin/brigade-kds")
                .contains("./opt/brigade-kds/lib/brigade-kds-brigade-kds.desktop");
    }

    @Test
    void serverPackageShipsItsSystemdUnitAndNeedsNoGtk() throws Exception {
        Path deb = deb("brigade-server");

        assertThat(field(deb, "Package")).isEqualTo("brigade-server");
        assertThat(dependencies(deb)).doesNotContain("libgtk-3-0");
        String contents = dpkgDeb("-c", deb.toString());
        assertThat(contents).contains("./opt/brigade-server/bin/brigade-server")
                .contains("./opt/brigade-server/lib/systemd/brigade-server.service")
                .doesNotContain("brigade-server.desktop")
                .doesNotContain("/javafx-");
        assertThat(dpkgDeb("-I", deb.toString(), "postinst"))
                .contains("systemctl link \"$UNIT\"")
                .contains("UNIT=/opt/brigade-server/lib/systemd/brigade-server.service")
                .contains("systemctl enable brigade-server.service");
        assertThat(dpkgDeb("-I", deb.toString(), "prerm")).contains("systemctl disable --now brigade-server.service");

        String unit = Files.readString(Built.images().resolve("brigade-server/lib/systemd/brigade-server.service"));
        assertThat(unit).contains("ExecStart=/opt/brigade-server/bin/brigade-server --data /var/lib/brigade-server")
                .contains("StateDirectory=brigade-server")
                .contains("WantedBy=multi-user.target");
    }

    private static Path deb(String name) throws IOException {
        Path dir = Built.packages();
        assertThat(dir).as("%s: the installer build makes the .deb packages before the tests", dir).isDirectory();
        try (var files = Files.list(dir)) {
            List<Path> debs = files.filter(f -> f.getFileName().toString().startsWith(name + "_")
                    && f.getFileName().toString().endsWith(".deb")).toList();
            assertThat(debs).as("the %s .deb in %s", name, dir).hasSize(1);
            return debs.getFirst();
        }
    }

    private static String field(Path deb, String name) throws Exception {
        return dpkgDeb("-f", deb.toString(), name).strip();
    }

    private static List<String> dependencies(Path deb) throws Exception {
        return Arrays.stream(field(deb, "Depends").split(","))
                .map(d -> d.strip().split("\\s+")[0])
                .toList();
    }

    private static String dpkgDeb(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "dpkg-deb";
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder builder = new ProcessBuilder(command);
        RunningProcess dpkg;
        try {
            dpkg = RunningProcess.start(builder);
        } catch (IOException e) {
            throw new AssertionError("dpkg-deb is needed to read the packages (Debian/Ubuntu: apt-get install dpkg): "
                    + e.getMessage(), e);
        }
        try (dpkg) {
            int exit = dpkg.awaitExit(Duration.ofSeconds(60));
            assertThat(exit).as("dpkg-deb %s: %s", String.join(" ", args), dpkg.output()).isZero();
            return dpkg.output();
        }
    }
}

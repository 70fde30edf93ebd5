package app.brigade.reports.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockedFileWriterTest {

    @TempDir
    Path dir;

    private final LockedFileWriter writer = new LockedFileWriter(Duration.ofSeconds(5));

    private static Process child(Path target, int lines, long waitMillis) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ExportChild.class.getName(), target.toString(), String.valueOf(lines), String.valueOf(waitMillis))
                .redirectErrorStream(true).start();
    }

    private static String output(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
        return out;
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void twoJvmsExportingToTheSamePathBothFinishAndLeaveAValidWorkbook() throws Exception {
        Path target = dir.resolve("day.xlsx");
        List<Process> children = new ArrayList<>();
        children.add(child(target, 5_000, 60_000));
        children.add(child(target, 5_000, 60_000));
        for (Process p : children) {
            String out = output(p);
            assertThat(p.exitValue()).as(out).isZero();
            assertThat(out).contains("OK " + target);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(target))) {
            assertThat(wb.getSheet("Order Lines").getLastRowNum()).isEqualTo(5_000);
        }
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aSecondExportWhileTheLockIsHeldReportsIt() throws Exception {
        Path target = dir.resolve("day.xlsx");
        try (FileChannel ch = FileChannel.open(dir.resolve(".day.xlsx.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = ch.lock()) {
            Process p = child(target, 10, 500);
            String out = output(p);
            assertThat(p.exitValue()).isEqualTo(3);
            assertThat(out).contains("another export to day.xlsx is running");
        }
        assertThat(target).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void replacesAnExistingFileAtomically() throws Exception {
        Path target = dir.resolve("r.xlsx");
        Files.writeString(target, "old");
        WriteResult r = writer.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.renamed()).isFalse();
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(r.message()).isEqualTo("Saved r.xlsx");
    }

    @Test
    void aTargetThatCannotBeReplacedIsWrittenAsNameTwoAndSaysSo() throws Exception {
        Path target = dir.resolve("report.xlsx");
        // A non-empty folder with the target's name cannot be replaced by a file, like a workbook held open.
        Files.createDirectories(target.resolve("inside"));

        WriteResult r = writer.write(target, out -> out.write("the report".getBytes(StandardCharsets.UTF_8)));

        assertThat(r.renamed()).isTrue();
        assertThat(r.requested()).isEqualTo(target);
        assertThat(r.written()).isEqualTo(dir.resolve("report (2).xlsx"));
        assertThat(r.message()).isEqualTo(
                "Saved as report (2).xlsx because report.xlsx could not be replaced (is it open in Excel?)");
        assertThat(Files.readString(dir.resolve("report (2).xlsx"))).isEqualTo("the report");
        assertThat(target.resolve("inside")).isDirectory();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aTargetThatCannotBeReplacedGetsTheNextFreeName() throws Exception {
        Path target = dir.resolve("report.xlsx");
        // A non-empty folder with the target's name cannot be replaced by a file, like a workbook held open.
        Files.createDirectories(target.resolve("inside"));
        Files.writeString(dir.resolve("report (2).xlsx"), "someone else's");

        WriteResult r = writer.write(target, out -> out.write(1));

        assertThat(r.renamed()).isTrue();
        assertThat(r.written()).isEqualTo(dir.resolve("report (3).xlsx"));
        assertThat(r.message()).contains("Saved as report (3).xlsx").contains("report.xlsx could not be replaced");
        assertThat(Files.readString(dir.resolve("report (2).xlsx"))).isEqualTo("someone else's");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aMissingFolderIsAClearError() {
        assertThatThrownBy(() -> writer.write(dir.resolve("nope/report.xlsx"), out -> out.write(1)))
                .isInstanceOf(ExportException.class).hasMessageContaining("does not exist")
                .hasMessageContaining("nope");
    }

    @Test
    void aFolderThatIsNotWritableIsAClearError() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("readonly"));
        makeReadOnly(locked, true);
        try {
            assertThatThrownBy(() -> writer.write(locked.resolve("report.xlsx"), out -> out.write(1)))
                    .isInstanceOf(ExportException.class).hasMessageContaining("readonly")
                    .hasMessageMatching("(?s).*(not writable|no permission).*");
        } finally {
            makeReadOnly(locked, false);
        }
    }

    @Test
    void aFailureWhileWritingLeavesTheOldFileAndNoTempFile() throws Exception {
        Path target = dir.resolve("r.xlsx");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> writer.write(target, out -> {
            out.write(new byte[1024]);
            throw new IOException("No space left on device");
        })).isInstanceOf(ExportException.class).hasMessageContaining("disk is full")
                .hasMessageContaining("nothing was replaced");
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void tempFilesLeftByADeadExportAreSweptUnderTheLock() throws Exception {
        Path stale = dir.resolve(".r.xlsx.0b5e-dead.tmp");
        Files.writeString(stale, "half a workbook");
        writer.write(dir.resolve("r.xlsx"), out -> out.write(1));
        assertThat(stale).doesNotExist();
    }

    /** Root ignores permission bits, so for root the folder is made immutable with chattr instead. */
    private static void makeReadOnly(Path folder, boolean readOnly) throws Exception {
        if ("root".equals(System.getProperty("user.name"))) {
            Process p = new ProcessBuilder("chattr", readOnly ? "+i" : "-i", folder.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as("chattr: " + out).isZero();
        } else {
            assertThat(folder.toFile().setWritable(!readOnly)).isTrue();
        }
    }
}

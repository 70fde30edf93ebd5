package app.brigade.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.catalog.Employee;
import app.brigade.model.order.LineRequest;
import app.brigade.model.event.OrderType;
import app.brigade.pos.app.PosConfig;
import app.brigade.pos.app.PosContext;
import app.brigade.pos.service.PosService;
import app.brigade.ui.config.ConfigFile;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The manager's report exports on the real POS scene: X, Z and a range of days, written into a folder
 * the manager types (or browses to), off the FX thread; a range for this terminal or, with synced
 * events from another terminal in the store, for the whole store.
 */
@ExtendWith(ApplicationExtension.class)
class ManagerExportsTest {

    @TempDir
    static Path tempRoot;

    private static int counter;
    private Path dir;
    private PosTerminal pos;
    private PosContext context;
    private PosPages page;

    @Start
    void start(Stage stage) throws Exception {
        dir = tempRoot.resolve("m" + (++counter));
        pos = PosTerminal.start(stage, dir, "POS-M", false);
        context = pos.context;
        page = pos.page;
    }

    @AfterEach
    void stop() throws Exception {
        pos.close();
    }

    private static PosConfig config(String name, Path data) {
        Properties p = new Properties();
        p.setProperty("terminal.name", name);
        p.setProperty("data.dir", data.toString());
        p.setProperty("locale", "en-US");
        return PosConfig.from(ConfigFile.of(p, "test"));
    }

    @Test
    void rangeExportGoesToTheChosenFolderWithThisTerminalsOrTheWholeStoresSales(FxRobot robot) throws Exception {
        page.pin("1111").openShift("100");
        page.takeout().item("Espresso").pay().cash();

        // another terminal of the store sold a Cola; its events reach this terminal through sync
        try (PosContext other = PosContext.open(config("POS-OTHER", dir.resolve("other")))) {
            PosService service = other.service();
            Employee clara = other.catalog().employee("emp-clara").orElseThrow();
            service.openShift(clara, 5_000);
            var order = service.openOrder(clara, OrderType.TAKEOUT, null, 1);
            service.addLine(clara, order.order().id(), LineRequest.of("item-044"));
            service.payCash(clara, order.order().id(), 350, 0);
            var synced = other.store().events();
            assertThat(context.store().applyRemote(synced).applied()).isEqualTo(synced.size());
        }

        Path chosen = dir.resolve("chosen").resolve("reports"); // does not exist yet: it is created
        page.backToOrder().manager();
        setFolder(robot, chosen);
        setRange(robot, LocalDate.now().minusDays(1), LocalDate.now());
        robot.clickOn("#export-range");
        page.managerPin("9999");
        page.waitUntil("#manager-message", m -> m.startsWith("✓"));
        assertThat(page.text("#manager-message")).contains("Range-").contains(chosen.toString());
        assertThat(items(onlyFile(chosen, "Range-"))).contains("Espresso").doesNotContain("Cola");

        robot.clickOn("#range-whole-store");
        assertThat(robot.lookup("#range-whole-store").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .isTrue();
        robot.clickOn("#export-range");
        page.managerPin("9999");
        page.waitUntil("#manager-message", m -> m.startsWith("✓") && m.contains("-store"));
        assertThat(items(onlyFile(chosen, "-store-"))).contains("Espresso", "Cola");

        robot.clickOn("#export-x");
        page.managerPin("9999");
        page.waitUntil("#manager-message", m -> m.startsWith("✓") && m.contains("X-"));
        assertThat(items(onlyFile(chosen, "X-"))).contains("Espresso");
        try (var files = Files.list(chosen)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("only finished workbooks (and the writer's hidden lock files), no temp files")
                    .allMatch(n -> n.endsWith(".xlsx") || n.startsWith(".") && n.endsWith(".xlsx.lock"));
        }
    }

    @Test
    void aRangeEndingBeforeItStartsOrAFolderThatIsAFileIsRefusedAndNothingIsWritten(FxRobot robot)
            throws Exception {
        page.pin("1111").openShift("100");
        page.manager();
        Path chosen = dir.resolve("never");
        setFolder(robot, chosen);
        setRange(robot, LocalDate.now(), LocalDate.now().minusDays(3));
        robot.clickOn("#export-range");
        assertThat(page.text("#manager-message")).isEqualTo("Choose a 'from' date on or before the 'to' date");
        assertThat(Files.exists(chosen)).isFalse();

        Path file = Files.writeString(dir.resolve("a-file.txt"), "not a folder");
        setFolder(robot, file);
        setRange(robot, LocalDate.now(), LocalDate.now());
        robot.clickOn("#export-range");
        page.managerPin("9999");
        page.waitUntil("#manager-message", m -> m.contains("is a file"));
        assertThat(page.text("#manager-message")).contains(file.toString()).contains("choose a folder");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    private void setFolder(FxRobot robot, Path folder) {
        robot.interact(() -> robot.lookup("#export-folder").queryAs(TextField.class).setText(folder.toString()));
    }

    private void setRange(FxRobot robot, LocalDate from, LocalDate to) {
        robot.interact(() -> {
            robot.lookup("#range-from").queryAs(DatePicker.class).setValue(from);
            robot.lookup("#range-to").queryAs(DatePicker.class).setValue(to);
        });
    }

    private static Path onlyFile(Path folder, String containing) throws Exception {
        try (var files = Files.list(folder)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().contains(containing))
                    .filter(f -> f.getFileName().toString().endsWith(".xlsx"))
                    .filter(f -> containing.contains("store") || !f.getFileName().toString().contains("-store-"))
                    .toList();
            assertThat(found).as("one workbook named like *%s*", containing).hasSize(1);
            return found.getFirst();
        }
    }

    /** The item names on the Order Lines sheet of a workbook read back with POI. */
    private static List<String> items(Path workbook) throws Exception {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet lines = wb.getSheet("Order Lines");
            for (Row row : lines) {
                if (row.getRowNum() > 0 && row.getCell(2) != null) {
                    names.add(row.getCell(2).getStringCellValue());
                }
            }
        }
        return names;
    }
}

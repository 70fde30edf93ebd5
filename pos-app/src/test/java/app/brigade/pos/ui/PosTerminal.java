package app.brigade.pos.ui;

import app.brigade.devices.emulator.PrinterEmulator;
import app.brigade.devices.escpos.CodePage;
import app.brigade.pos.app.PosApplication;
import app.brigade.pos.app.PosConfig;
import app.brigade.pos.app.PosContext;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.config.ConfigFile;
import app.brigade.ui.theme.Theme;
import java.nio.file.Path;
import java.util.Properties;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * A real POS for TestFX flows: its own data folder under {@code dir}, the real scene on the test's stage,
 * a real store and, when asked for, the emulated receipt printer on a loopback TCP port.
 */
final class PosTerminal implements AutoCloseable {

    final PosContext context;
    final UiExecutor executor;
    final PosPages page;
    /** The emulated printer, or null when the terminal was started without one. */
    final PrinterEmulator printer;

    private PosTerminal(PosContext context, UiExecutor executor, PosPages page, PrinterEmulator printer) {
        this.context = context;
        this.executor = executor;
        this.page = page;
        this.printer = printer;
    }

    static PosTerminal start(Stage stage, Path dir, String name, boolean withPrinter) throws Exception {
        return start(stage, dir, name, withPrinter, "en-US");
    }

    /** A terminal whose {@code locale} setting is {@code locale} (e.g. {@code de-DE}). */
    static PosTerminal start(Stage stage, Path dir, String name, boolean withPrinter, String locale) throws Exception {
        PrinterEmulator printer = null;
        Properties p = new Properties();
        p.setProperty("terminal.name", name);
        p.setProperty("data.dir", dir.resolve("pos").toString());
        p.setProperty("locale", locale);
        if (withPrinter) {
            printer = new PrinterEmulator(dir.resolve("receipts"), 42, CodePage.CP858);
            p.setProperty("printer.type", "tcp");
            p.setProperty("printer.port", "127.0.0.1:" + printer.listenTcp(0));
        }
        PosContext context = PosContext.open(PosConfig.from(ConfigFile.of(p, "test")));
        UiExecutor executor = UiExecutor.javafx();
        Theme.install(false);
        Scene scene = new Scene(PosApplication.build(context, executor, stage), 1280, 800);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        PosPages page = new PosPages(new FxRobot(), context.catalog(), () -> executor.runningProperty().get() == 0);
        return new PosTerminal(context, executor, page, printer);
    }

    @Override
    public void close() throws Exception {
        executor.close();
        context.close();
        if (printer != null) {
            printer.close();
        }
    }
}

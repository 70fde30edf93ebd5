package app.brigade.kds.bench;

import static app.brigade.kds.PosDevice.line;
import static app.brigade.kds.PosDevice.ticket;

import app.brigade.kds.KdsFixture;
import app.brigade.kds.PosDevice;
import app.brigade.kds.app.KdsApplication;
import app.brigade.kds.app.KdsContext;
import app.brigade.kds.app.KdsShell;
import app.brigade.kds.sound.Chime;
import app.brigade.model.event.FiredTicket;
import app.brigade.model.kitchen.KitchenTicket;
import app.brigade.model.protocol.Event;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Writes headless screenshots of the KDS to {@code docs/screenshots/kds-*.png}: the grill board at
 * 1280×800 and 1920×1080 and the expo view. Run: {@code java -cp <test classpath> app.brigade.kds.bench.KdsScreenshots [folder]}.
 */
public final class KdsScreenshots {

    private static String cancelledOrder;
    private static Event cancel;

    private KdsScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        HeadlessFx.start();
        Path data = Files.createTempDirectory("kds-shots");
        PosDevice pos = new PosDevice("pos-1");
        List<Event> events = demoKitchen(pos);
        cancel = pos.voidOrder(cancelledOrder);
        shot(data.resolve("a"), events, out.resolve("kds-board-1280x800.png"), 1280, 800, "stations", "grill,cold");
        shot(data.resolve("b"), events, out.resolve("kds-board-1920x1080.png"), 1920, 1080);
        shot(data.resolve("c"), events, out.resolve("kds-expo-1280x800.png"), 1280, 800, "expo", "true");
        System.out.println("screenshots written to " + out.toAbsolutePath());
        System.exit(0);
    }

    private static void shot(Path dir, List<Event> events, Path file, int w, int h, String... config) throws Exception {
        KdsContext context = KdsFixture.open(dir, config);
        context.store().applyRemote(events);
        progress(context);
        UiExecutor executor = UiExecutor.javafx();
        Scene scene = HeadlessFx.onFx(() -> {
            Theme.install(true);
            KdsShell shell = new KdsShell(context, executor, new Messages(KdsApplication.MESSAGES, Locale.US),
                    Chime.silent(), System::currentTimeMillis);
            Scene s = KdsApplication.scene(shell, w, h);
            Stage stage = new Stage();
            stage.setScene(s);
            stage.show();
            shell.attach(s);
            return s;
        });
        Thread.sleep(1500);
        context.inbox().deliver(List.of(cancel));
        Thread.sleep(1500);
        if (config.length == 0) {
            HeadlessFx.onFx(() -> {
                ((KdsShell) scene.getRoot()).board().selectPosition(2);
                return null;
            });
            Thread.sleep(300);
        }
        HeadlessFx.png(scene, file);
        HeadlessFx.onFx(() -> {
            ((KdsShell) scene.getRoot()).detach();
            scene.getWindow().hide();
            return null;
        });
        executor.close();
        context.close();
    }

    /** Some items done and one ticket bumped, so the screens show progress. */
    private static void progress(KdsContext context) {
        List<KitchenTicket> grill = context.store().tickets("grill").stream().map(v -> v.ticket()).toList();
        KitchenTicket first = grill.getFirst();
        context.kitchen().itemDone(first, first.items().getFirst().lineId(), true);
        List<KitchenTicket> bar = context.store().tickets("bar").stream().map(v -> v.ticket()).toList();
        if (!bar.isEmpty()) {
            context.kitchen().bump(bar.getFirst());
        }
    }

    private static List<Event> demoKitchen(PosDevice pos) {
        long now = System.currentTimeMillis();
        List<Event> e = new ArrayList<>();
        String o1 = PosDevice.id();
        e.add(pos.fire(o1, "A-038", now - 9 * 60_000 - 12_000, false,
                ticket("grill", line("Classic Burger", 2, List.of("Medium", "Fries"), ""),
                        line("Ribeye Steak", 1, List.of("Rare", "Pepper sauce"), "")),
                ticket("bar", line("Cola", 2), line("Draft Lager 0.5l", 1))));
        String o2 = PosDevice.id();
        FiredTicket o2grill = ticket("grill", line("Fish & Chips", 1, List.of(), "Gluten allergy - no batter"),
                line("Onion Rings", 1), line("Chicken Burger", 1, List.of("Well done"), ""));
        e.add(pos.fire(o2, "A-039", now - 6 * 60_000 - 40_000, false, o2grill,
                ticket("cold", line("Caesar Salad", 1, List.of("No croutons"), ""))));
        e.add(pos.voidLine(o2, o2grill.lines().get(1).lineId()));
        String o3 = PosDevice.id();
        e.add(pos.fire(o3, "A-040", now - 3 * 60_000 - 5_000, false,
                ticket("grill", line("Bacon Burger", 3, List.of("Medium rare", "Sweet Potato Fries"), "RUSH - table waiting"),
                        line("Half Chicken", 1)),
                ticket("cold", line("Greek Salad", 2), line("Caprese", 1, List.of(), "nut allergy"))));
        String o4 = PosDevice.id();
        e.add(pos.fire(o4, "A-041", now - 2 * 60_000, false,
                ticket("grill", line("Veggie Burger", 1, List.of("Vegan bun"), "vegan"), line("Fries", 2))));
        String o5 = PosDevice.id();
        e.add(pos.fire(o5, "A-042", now - 70_000, false,
                ticket("grill", line("Mushroom Risotto", 1), line("Lasagne", 2)),
                ticket("cold", line("Side Salad", 2))));
        e.add(pos.fire(o1, "A-038", now - 50_000, true, ticket("grill", line("Onion Rings", 1))));
        String o6 = PosDevice.id();
        e.add(pos.fire(o6, "A-043", now - 20_000, false,
                ticket("grill", line("Cheeseburger", 2, List.of("Medium"), ""), line("Spaghetti Carbonara", 1)),
                ticket("bar", line("Lemonade", 2))));
        cancelledOrder = PosDevice.id();
        e.add(pos.fire(cancelledOrder, "A-037", now - 7 * 60_000, false,
                ticket("grill", line("Double Burger", 1), line("Chicken Wings", 2))));
        return e;
    }
}

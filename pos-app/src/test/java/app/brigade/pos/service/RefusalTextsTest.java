package app.brigade.pos.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.brigade.model.catalog.Catalog;
import app.brigade.model.catalog.Employee;
import app.brigade.model.catalog.Item;
import app.brigade.model.event.OrderType;
import app.brigade.model.order.LineRequest;
import app.brigade.model.order.RejectionReason;
import app.brigade.model.protocol.CatalogCodec;
import app.brigade.pos.print.NoPrinter;
import app.brigade.store.api.Store;
import app.brigade.store.api.StoreOptions;
import app.brigade.store.query.OrderView;
import app.brigade.ui.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service says why it refused something as a bundle key, so a German terminal shows German: every
 * key the POS sources name has a text in both bundles, every rule's refusal reason has one, and a real
 * refusal (real store, demo restaurant) renders in German with its details while the English message
 * stays for the log.
 */
class RefusalTextsTest {

    private static final Catalog CATALOG = new CatalogCodec().demoRestaurant();
    private static final Pattern KEY_IN_SOURCE = Pattern.compile(
            "(?:new PosException|Text\\.of|FreeText\\.check)\\(\\s*(?:[^\"()]*\\?\\s*)?\"([a-z][A-Za-z]*\\.[A-Za-z.]+)\""
                    + "(?:\\s*:\\s*\"([a-z][A-Za-z]*\\.[A-Za-z.]+)\")?");

    @TempDir
    Path dir;

    @Test
    void everyRefusalKeyInThePosSourcesHasAnEnglishAndAGermanText() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_SOURCE.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                    if (m.group(2) != null) {
                        used.add(m.group(2));
                    }
                }
            }
        }
        assertThat(used).as("keys found in the sources (the scan must see the service's refusals)")
                .contains("error.needsManager", "error.kitchenStaff", "action.payIn", "action.payOut",
                        "field.payOutReason", "error.seatEmpty", "error.pickLines");
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
        assertThat(load("messages_de.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyRuleRefusalReasonHasATextInBothLanguages() throws IOException {
        Properties en = load("messages.properties");
        Properties de = load("messages_de.properties");
        for (RejectionReason r : RejectionReason.values()) {
            assertThat(en.getProperty("rejection." + r)).as("English for %s", r).isEqualTo("{0}");
            assertThat(de.getProperty("rejection." + r)).as("German for %s", r).isNotBlank().doesNotContain("{0}");
        }
    }

    private static final Messages GERMAN = new Messages("app.brigade.pos.messages", Locale.GERMANY);
    private static final Messages ENGLISH = new Messages("app.brigade.pos.messages", Locale.US);

    private final Employee carl = CATALOG.employee("emp-carl").orElseThrow();
    private Store store;
    private PosService service;

    @BeforeEach
    void open() {
        store = Store.open(StoreOptions.defaults(dir.resolve("store"), "pos-1", "A", CATALOG.settings()));
        service = new PosService(store, CATALOG, new NoPrinter(), System::currentTimeMillis);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRefusalFromTheServiceRendersInGermanWithItsDetailsAndStaysEnglishForTheLog() {
        Employee kim = CATALOG.employee("emp-kim").orElseThrow();

        PosException noShift = catchThrowableOfType(PosException.class,
                () -> service.openOrder(carl, OrderType.TAKEOUT, null, 0));
        assertThat(noShift).hasMessage("open a shift (count the float) before selling");
        assertThat(Problems.describe(noShift, GERMAN, "order.failed"))
                .isEqualTo("vor dem Verkauf eine Schicht \u00f6ffnen (Anfangsbestand z\u00e4hlen)");

        service.openShift(carl, 10_000);
        PosException cook = catchThrowableOfType(PosException.class, () -> service.openShift(kim, 0));
        assertThat(Problems.describe(cook, GERMAN, "order.failed"))
                .isEqualTo("Kim arbeitet in der K\u00fcche; die Kasse ist f\u00fcr Kassierer, Service und Manager");

        OrderView check = service.openOrder(carl, OrderType.TAKEOUT, null, 0);
        Item espresso = CATALOG.items().stream().filter(i -> i.name().equals("Espresso")).findFirst().orElseThrow();
        PosException card = catchThrowableOfType(PosException.class, () -> service.addLine(carl, check,
                new LineRequest(espresso.id(), 1, List.of(), 0, 0, "4111 1111 1111 1111")));
        assertThat(card).hasMessageStartingWith("the line note looks like a card number");
        assertThat(Problems.describe(card, GERMAN, "order.failed")).startsWith("Positionsnotiz: das sieht aus wie"
                + " eine Kartennummer");

        PosException approval = catchThrowableOfType(PosException.class,
                () -> service.approver("1111", Text.of("action.payOut")));
        assertThat(Problems.describe(approval, ENGLISH, "order.failed")).isEqualTo("a pay-out needs a manager's PIN");
        assertThat(Problems.describe(approval, GERMAN, "order.failed"))
                .isEqualTo("Eine Entnahme braucht die PIN eines Managers");

        PosException badCount = catchThrowableOfType(PosException.class,
                () -> service.closeShift(carl, CATALOG.employee("emp-maria").orElseThrow(),
                        java.util.Map.of(5000L, -1)));
        assertThat(badCount).hasMessage("a count must be zero or more of a positive denomination, not -1 \u00d7 5000");
    }

    @Test
    void aRefusedAmountOrCardFieldOnAPaymentScreenReadsInGerman() {
        RuntimeException card = org.assertj.core.api.Assertions.catchRuntimeException(
                () -> new app.brigade.model.event.CardDetails("VISA", "4242", "4111 1111 1111 1111"));
        assertThat(Problems.describe(card, GERMAN, "pay.failed"))
                .startsWith("Autorisierungscode: das sieht aus wie eine vollst\u00e4ndige Kartennummer");
        assertThat(Problems.describe(card, ENGLISH, "pay.failed")).isEqualTo(card.getMessage());
        RuntimeException amount = org.assertj.core.api.Assertions.catchRuntimeException(
                () -> new app.brigade.ui.i18n.MoneyFormat(Locale.GERMANY, CATALOG.settings().currency()).parse("12,5x"));
        assertThat(Problems.describe(amount, GERMAN, "pay.failed")).startsWith("\u201e12,5x\u201c ist kein Betrag");
    }

    @Test
    void aRuleRefusalShowsTheRulesOwnSentenceInEnglishAndItsReasonInGerman() {
        service.openShift(carl, 10_000);
        OrderView empty = service.openOrder(carl, OrderType.TAKEOUT, null, 0);

        RuntimeException nothing = org.assertj.core.api.Assertions.catchRuntimeException(
                () -> service.send(carl, empty.order().id()));
        assertThat(Problems.describe(nothing, ENGLISH, "order.failed")).isEqualTo(nothing.getMessage())
                .isNotBlank();
        assertThat(Problems.describe(nothing, GERMAN, "order.failed"))
                .isEqualTo("es gibt nichts Neues an die K\u00fcche zu senden");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RefusalTextsTest.class.getResourceAsStream("/app/brigade/pos/" + name)) {
            p.load(in);
        }
        return p;
    }
}

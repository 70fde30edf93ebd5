package app.brigade.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.brigade.model.money.BasisPoints;
import app.brigade.model.protocol.CatalogCodec;
import app.brigade.model.protocol.MalformedEventException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private final CatalogCodec codec = new CatalogCodec();
    private final Catalog demo = codec.demoRestaurant();

    @Test
    void demoRestaurantIsCompleteAndValid() {
        assertThat(demo.validate()).isEmpty();
        assertThat(demo.categories()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(demo.items()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(demo.modifierGroups()).anyMatch(ModifierGroup::forced).anyMatch(g -> !g.forced());
        assertThat(demo.taxClasses()).hasSize(2).anyMatch(TaxClass::inclusive).anyMatch(t -> !t.inclusive());
        assertThat(demo.stations()).extracting(Station::id).containsExactlyInAnyOrder("grill", "cold", "bar");
        Set<Role> roles = demo.employees().stream().map(Employee::role).collect(Collectors.toSet());
        assertThat(roles).contains(Role.MANAGER, Role.CASHIER);
        assertThat(demo.employees().stream().filter(e -> e.role() == Role.CASHIER)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(demo.settings().currency().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void demoPinsVerify() {
        Employee maria = demo.employee("emp-maria").orElseThrow();
        assertThat(maria.pin().matches("9999")).isTrue();
        assertThat(maria.pin().matches("9998")).isFalse();
        assertThat(demo.employee("emp-carl").orElseThrow().pin().matches("1111")).isTrue();
    }

    @Test
    void pinVerifierRoundTripAndShape() {
        PinVerifier v = PinVerifier.create("4321");
        assertThat(v.matches("4321")).isTrue();
        assertThat(v.matches("1234")).isFalse();
        assertThat(v.matches("")).isFalse();
        assertThat(v.hash()).doesNotContain("4321");
        assertThatThrownBy(() -> PinVerifier.create("12")).hasMessageContaining("4 to 8 digits");
        assertThatThrownBy(() -> PinVerifier.create("12ab")).hasMessageContaining("4 to 8 digits");
    }

    @Test
    void jsonRoundTrip() {
        assertThat(codec.read(codec.write(demo))).isEqualTo(demo);
    }

    @Test
    void lookupsByCodeAndCategory() {
        Item first = demo.items().getFirst();
        assertThat(demo.itemByCode(first.barcode())).contains(first);
        assertThat(demo.itemByCode(first.sku())).contains(first);
        assertThat(demo.itemByCode("nope")).isEmpty();
        assertThat(demo.itemsIn(first.categoryId())).contains(first);
    }

    @Test
    void validationNamesThePathOfEachBadField() {
        List<Item> items = new ArrayList<>(demo.items());
        Item first = items.getFirst();
        items.set(0, new Item(first.id(), first.sku(), first.barcode(), first.name(), first.categoryId(), -5,
                "no-such-tax", List.of("fryer"), List.of("no-group"), true));
        List<ModifierGroup> groups = new ArrayList<>(demo.modifierGroups());
        ModifierGroup g = groups.getFirst();
        groups.set(0, new ModifierGroup(g.id(), g.name(), 3, 1, g.modifiers()));
        List<TaxClass> taxes = List.of(demo.taxClasses().get(0), new TaxClass("drinks", "x", new BasisPoints(20_000),
                true));
        Catalog broken = new Catalog(2, demo.settings(), demo.categories(), items, groups, taxes, demo.stations(),
                demo.employees(), demo.tables(), demo.tenders());

        assertThat(broken.validate()).extracting(CatalogViolation::path).contains("items[0].price",
                "items[0].taxClassId", "items[0].stationIds[0]", "items[0].modifierGroupIds[0]",
                "modifierGroups[0].maxChoices", "taxClasses[1].rate");
    }

    @Test
    void unreadableCatalogJsonNamesWhere() {
        assertThatThrownBy(() -> codec.read("{\"version\":1,\"settings\":{\"storeName\":\"x\",\"currency\":\"EUR\","
                + "\"cashRoundingIncrement\":1},"
                + "\"taxClasses\":[{\"id\":\"t\",\"name\":\"t\",\"rate\":-5,\"inclusive\":false}]}"))
                .isInstanceOfSatisfying(MalformedEventException.class,
                        e -> assertThat(e.field()).startsWith("$.taxClasses[0]"))
                .hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> codec.read("[")).isInstanceOf(MalformedEventException.class);
    }
}

package app.brigade.model.order;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.catalog.Catalog;
import app.brigade.model.event.LineAdded;
import app.brigade.model.protocol.CatalogCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineFactoryTest {

    private final Catalog demo = new CatalogCodec().demoRestaurant();
    private final LineFactory factory = new LineFactory(demo);

    private String itemId(String name) {
        return demo.items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow().id();
    }

    private RejectionReason reason(Outcome<LineAdded> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        return ((Outcome.Rejected<LineAdded>) outcome).rejection().reason();
    }

    @Test
    void snapshotsNamePriceTaxAndModifiers() {
        LineAdded line = factory.line("o1", "l1", new LineRequest(itemId("Classic Burger"), 2,
                List.of("don-medium", "ex-bacon", "side-sweet"), 1, 1, " no pickles ")).orThrow();

        assertThat(line.name()).isEqualTo("Classic Burger");
        assertThat(line.unitPrice()).isEqualTo(1290);
        assertThat(line.unitPriceWithModifiers()).isEqualTo(1290 + 150 + 100);
        assertThat(line.taxRateBp()).isEqualTo(700);
        assertThat(line.taxInclusive()).isFalse();
        assertThat(line.stationIds()).containsExactly("grill");
        assertThat(line.modifiers()).extracting(m -> m.name()).containsExactly("Medium", "Bacon", "Sweet potato fries");
        assertThat(line.note()).isEqualTo("no pickles");
    }

    @Test
    void forcedModifierCannotBeSkipped() {
        Outcome<LineAdded> outcome = factory.line("o1", "l1", LineRequest.of(itemId("Classic Burger"), "side-fries"));
        assertThat(reason(outcome)).isEqualTo(RejectionReason.MODIFIER_CHOICE);
        assertThat(((Outcome.Rejected<LineAdded>) outcome).rejection().message())
                .contains("Doneness").contains("exactly 1 choice").contains("got 0");
    }

    @Test
    void tooManyChoicesAreRefused() {
        assertThat(reason(factory.line("o1", "l1", LineRequest.of(itemId("Classic Burger"), "don-rare", "don-well",
                "side-fries")))).isEqualTo(RejectionReason.MODIFIER_CHOICE);
        assertThat(reason(factory.line("o1", "l1", LineRequest.of(itemId("Classic Burger"), "don-rare", "side-fries",
                "ex-cheese", "ex-bacon", "ex-avocado", "ex-no-onion")))).isEqualTo(RejectionReason.MODIFIER_CHOICE);
    }

    @Test
    void optionalGroupMayBeLeftOut() {
        assertThat(factory.line("o1", "l1", LineRequest.of(itemId("Cappuccino"))).isAccepted()).isTrue();
    }

    @Test
    void modifiersOfAnotherItemAndUnknownItemsAreRefused() {
        assertThat(reason(factory.line("o1", "l1", LineRequest.of(itemId("Cappuccino"), "ex-bacon"))))
                .isEqualTo(RejectionReason.MODIFIER_CHOICE);
        assertThat(reason(factory.line("o1", "l1", LineRequest.of("no-such-item"))))
                .isEqualTo(RejectionReason.UNKNOWN_ITEM);
        assertThat(reason(factory.line("o1", "l1", new LineRequest(itemId("Cola"), 0, List.of(), 0, 0, ""))))
                .isEqualTo(RejectionReason.INVALID_QUANTITY);
    }
}

package app.brigade.model.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.brigade.model.catalog.TenderType;
import app.brigade.model.event.CardDetails;
import app.brigade.model.event.CashMovement;
import app.brigade.model.event.CashMovementKind;
import app.brigade.model.event.OrderRefunded;
import app.brigade.model.event.PaymentAdded;
import app.brigade.model.event.PaymentVoided;
import app.brigade.model.event.ShiftClosed;
import app.brigade.model.event.ShiftOpened;
import app.brigade.model.order.Outcome;
import app.brigade.model.order.RejectionReason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShiftTest {

    private static final String MANAGER = "emp-maria";

    @Test
    void expectedCashAndOverShort() {
        // float 150.00 + cash sales (20.00 + 35.50 with 1.50 tip) − refund 5.00 + pay-in 10.00 − pay-out 12.00
        // − drop 100.00 = 98.50 expected; counted 98.00 → 0.50 short
        Shift s = ShiftRules.decide(null, new ShiftOpened("s1", "emp-carl", 15_000, "EUR"), null).orThrow();
        s = s.apply(PaymentAdded.cash("o1", "p1", "s1", 2_000, 0, 5_000));
        s = s.apply(PaymentAdded.cash("o2", "p2", "s1", 3_400, 150, 4_000));
        s = s.apply(PaymentAdded.card("o3", "p3", "s1", 9_999, 0, new CardDetails("VISA", "4242", "X1")));
        s = s.apply(PaymentAdded.cash("o4", "p4", "other-shift", 9_999, 0, 9_999));
        s = s.apply(PaymentAdded.cash("o5", "p5", "s1", 700, 0, 700));
        s = s.apply(new PaymentVoided("o5", "p5", "mistake"));
        s = s.apply(new OrderRefunded("o1", "r1", "s1", TenderType.CASH, 500, List.of(), "cold"));
        s = ShiftRules.decide(s, new CashMovement("s1", "m1", CashMovementKind.PAY_IN, 1_000, "change float"), MANAGER)
                .orThrow();
        s = ShiftRules.decide(s, new CashMovement("s1", "m2", CashMovementKind.PAY_OUT, 1_200, "milk"), MANAGER)
                .orThrow();
        s = ShiftRules.decide(s, new CashMovement("s1", "m3", CashMovementKind.DROP, 10_000, "safe drop"), null)
                .orThrow();
        s = ShiftRules.decide(s, new CashMovement("s1", "m4", CashMovementKind.NO_SALE, 0, "change for a guest"),
                MANAGER).orThrow();

        assertThat(s.cashSales()).isEqualTo(5_550);
        assertThat(s.expectedCash()).isEqualTo(9_850);
        assertThat(s.noSales()).isEqualTo(1);
        assertThat(s.overShort()).isEmpty();

        Shift closed = ShiftRules.decide(s, new ShiftClosed("s1", 9_800, Map.of(5_000L, 1, 2_000L, 2, 500L, 1,
                200L, 1, 50L, 2)), null).orThrow();
        assertThat(closed.overShort()).hasValue(-50);
    }

    @Test
    void drawerRulesAreEnforced() {
        Shift s = Shift.open(new ShiftOpened("s1", "emp-carl", 0, "EUR"));
        Outcome<Shift> noSale = ShiftRules.decide(s, new CashMovement("s1", "m", CashMovementKind.NO_SALE, 0,
                "guest needs change"), null);
        assertThat(((Outcome.Rejected<Shift>) noSale).rejection().reason()).isEqualTo(RejectionReason.APPROVAL_REQUIRED);
        assertThatThrownBy(() -> new CashMovement("s1", "m", CashMovementKind.NO_SALE, 0, " "))
                .hasMessageContaining("reason for NO_SALE is required");
        assertThatThrownBy(() -> new CashMovement("s1", "m", CashMovementKind.PAY_OUT, -5, "x"))
                .hasMessageContaining("must be positive");
        assertThatThrownBy(() -> new ShiftClosed("s1", 1000, Map.of(500L, 1)))
                .hasMessageContaining("does not equal the sum of denominations");

        Shift closed = s.apply(new ShiftClosed("s1", 0, Map.of()));
        assertThat(ShiftRules.decide(closed, new CashMovement("s1", "m", CashMovementKind.PAY_IN, 10, "x"), MANAGER)
                .isAccepted()).isFalse();
        assertThat(ShiftRules.decide(s, new ShiftOpened("s1", "emp-carl", 0, "EUR"), null).isAccepted()).isFalse();
    }
}

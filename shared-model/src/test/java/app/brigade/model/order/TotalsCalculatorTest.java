package app.brigade.model.order;

import static app.brigade.model.order.Orders.fold;
import static app.brigade.model.order.Orders.line;
import static app.brigade.model.order.Orders.store;
import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.catalog.StoreSettings;
import app.brigade.model.catalog.TaxRounding;
import app.brigade.model.event.CardDetails;
import app.brigade.model.event.DiscountApplied;
import app.brigade.model.event.DiscountKind;
import app.brigade.model.event.LineVoided;
import app.brigade.model.event.OrderClosed;
import app.brigade.model.event.OrderEvent;
import app.brigade.model.event.OrderRefunded;
import app.brigade.model.event.PaymentAdded;
import app.brigade.model.catalog.TenderType;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Hand-checked figures; each case's comment shows the arithmetic. */
class TotalsCalculatorTest {

    private static final StoreSettings PER_LINE = Orders.STORE;

    static Stream<Arguments> cases() {
        return Stream.of(
                // 2 × 4.99 = 9.98; 10% exclusive → 0.998 → 1.00 (half up); total 10.98
                Arguments.of("exclusive tax added", PER_LINE, List.of(line("a", 499, 2, 1000, false)),
                        998, 0, 100, 0, 1098),
                // 12.00 incl. 20% → 12.00 × 20/120 = 2.00 extracted; total stays 12.00
                Arguments.of("inclusive tax extracted", PER_LINE, List.of(line("a", 1200, 1, 2000, true)),
                        1200, 0, 0, 200, 1200),
                // 12.50 excl 7% → 0.875 → 0.88; 4.50 incl 19% → 4.50 × 19/119 = 0.7184 → 0.72; total 17.00 + 0.88
                Arguments.of("mixed inclusive and exclusive", PER_LINE,
                        List.of(line("a", 1250, 1, 700, false), line("b", 450, 1, 1900, true)),
                        1700, 0, 88, 72, 1788),
                // three lines of 0.15 at 10% excl: per line 0.015 → 0.02 each = 0.06
                Arguments.of("rounding per line", PER_LINE,
                        List.of(line("a", 15, 1, 1000, false), line("b", 15, 1, 1000, false),
                                line("c", 15, 1, 1000, false)),
                        45, 0, 6, 0, 51),
                // same order rounded once per rate: 0.45 × 10% = 0.045 → 0.05
                Arguments.of("rounding per order", store(TaxRounding.PER_ORDER, RoundingMode.HALF_UP, 1),
                        List.of(line("a", 15, 1, 1000, false), line("b", 15, 1, 1000, false),
                                line("c", 15, 1, 1000, false)),
                        45, 0, 5, 0, 50),
                // 1.25 at 10% = 0.125: half up → 0.13, half even → 0.12
                Arguments.of("half even is configurable", store(TaxRounding.PER_LINE, RoundingMode.HALF_EVEN, 1),
                        List.of(line("a", 125, 1, 1000, false)), 125, 0, 12, 0, 137),
                // 10.00 excl 10% + 30.00 incl 20%, 5.00 off the order: split 1.25 / 3.75 by amount;
                // 8.75 × 10% = 0.875 → 0.88; 26.25 × 20/120 = 4.375 → 4.38; total 40.00 − 5.00 + 0.88
                Arguments.of("order discount spread over lines", PER_LINE,
                        List.<OrderEvent>of(line("a", 1000, 1, 1000, false), line("b", 3000, 1, 2000, true),
                                new DiscountApplied("o1", "d1", null, DiscountKind.AMOUNT, 0, 500, "regular")),
                        4000, 500, 88, 438, 3588),
                // 9.99 with 10% off the line: 0.999 → 1.00 off; 8.99 × 10% = 0.899 → 0.90; total 9.89
                Arguments.of("line percent discount", PER_LINE,
                        List.<OrderEvent>of(line("a", 999, 1, 1000, false),
                                new DiscountApplied("o1", "d1", "a", DiscountKind.PERCENT, 1000, 0, "staff")),
                        999, 100, 90, 0, 989),
                // 100% off: nothing taxed, nothing to pay
                Arguments.of("100 percent discount", PER_LINE,
                        List.<OrderEvent>of(line("a", 1250, 2, 700, false), line("b", 450, 1, 1900, true),
                                new DiscountApplied("o1", "d1", null, DiscountKind.PERCENT, 10_000, 0, "comp")),
                        2950, 2950, 0, 0, 0),
                // a voided line counts for nothing
                Arguments.of("voided line ignored", PER_LINE,
                        List.<OrderEvent>of(line("a", 1000, 1, 1000, false), line("b", 500, 1, 1000, false),
                                new LineVoided("o1", "b", "wrong item")),
                        1000, 0, 100, 0, 1100),
                // modifier delta: (10.00 + 1.50) × 2 = 23.00; 7% → 1.61
                Arguments.of("modifier price deltas", PER_LINE,
                        List.<OrderEvent>of(Orders.lineWithModifier("a", 1000, 150),
                                new app.brigade.model.event.LineQuantityChanged("o1", "a", 2)),
                        2300, 0, 161, 0, 2461));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void computesHandCheckedFigures(String name, StoreSettings settings, List<OrderEvent> events, long subtotal,
            long discounts, long exclusiveTax, long inclusiveTax, long total) {
        OrderTotals t = TotalsCalculator.compute(fold(events.toArray(OrderEvent[]::new)), settings);

        assertThat(t.subtotal()).as("subtotal").isEqualTo(subtotal);
        assertThat(t.discounts()).as("discounts").isEqualTo(discounts);
        assertThat(t.exclusiveTax()).as("exclusive tax").isEqualTo(exclusiveTax);
        assertThat(t.inclusiveTax()).as("inclusive tax").isEqualTo(inclusiveTax);
        assertThat(t.total()).as("total").isEqualTo(total);
        assertThat(t.due()).as("due before payment").isEqualTo(total);
        assertThat(t.lineNets().values().stream().mapToLong(Long::longValue).sum())
                .as("line nets add up to subtotal − discounts").isEqualTo(subtotal - discounts);
    }

    @Test
    void taxIsReportedPerRate() {
        OrderTotals t = TotalsCalculator.compute(fold(line("a", 1250, 1, 700, false), line("b", 450, 1, 1900, true),
                line("c", 550, 2, 1900, true)), PER_LINE);

        // 4.50 → 0.7184 → 0.72; 11.00 → 1.7563 → 1.76 (per line): 2.48 at 19% on a base of 15.50
        assertThat(t.taxes()).containsExactly(new TaxAmount(700, false, 1250, 88), new TaxAmount(1900, true, 1550, 248));
    }

    @Test
    void splitTenderCardThenCashWithChange() {
        // total 17.88; card pays 10.00, cash 10.00 tendered for the 7.88 left → change 2.12
        Order o = fold(line("a", 1250, 1, 700, false), line("b", 450, 1, 1900, true),
                PaymentAdded.card("o1", "p1", "s1", 1000, 0, new CardDetails("VISA", "4242", "A1B2C3")),
                PaymentAdded.cash("o1", "p2", "s1", 788, 0, 1000));
        OrderTotals t = TotalsCalculator.compute(o, PER_LINE);

        assertThat(t.paid()).isEqualTo(1788);
        assertThat(t.change()).isEqualTo(212);
        assertThat(t.due()).isZero();
        assertThat(t.settled()).isTrue();
    }

    @Test
    void cashRoundingToFiveCents() {
        // total 10.98 → cash due 11.00; 10.97 would round to 10.95
        StoreSettings fiveCents = store(TaxRounding.PER_LINE, RoundingMode.HALF_UP, 5);
        OrderTotals t = TotalsCalculator.compute(fold(line("a", 499, 2, 1000, false)), fiveCents);
        assertThat(t.total()).isEqualTo(1098);
        assertThat(t.cashDue()).isEqualTo(1100);

        Order paidInCash = fold(line("a", 1097, 1, 0, false), PaymentAdded.cash("o1", "p1", "s1", 1095, 0, 1095));
        OrderTotals after = TotalsCalculator.compute(paidInCash, fiveCents);
        assertThat(after.due()).isEqualTo(2);
        assertThat(after.cashDue()).isZero();
        assertThat(after.settled()).isTrue();
    }

    @Test
    void tipsAreKeptApartFromSales() {
        OrderTotals t = TotalsCalculator.compute(fold(line("a", 1000, 1, 0, false),
                PaymentAdded.card("o1", "p1", "s1", 1000, 150, new CardDetails("MC", "5454", "778899"))), PER_LINE);
        assertThat(t.total()).isEqualTo(1000);
        assertThat(t.paid()).isEqualTo(1000);
        assertThat(t.tips()).isEqualTo(150);
    }

    @Test
    void refundsReduceWhatCanStillBeRefunded() {
        Order o = fold(line("a", 2000, 1, 0, false), PaymentAdded.cash("o1", "p1", "s1", 2000, 0, 2000),
                new OrderClosed("o1"),
                new OrderRefunded("o1", "r1", "s1", TenderType.CASH, 500, List.of("a"), "cold food"));
        OrderTotals t = TotalsCalculator.compute(o, PER_LINE);
        assertThat(t.refunded()).isEqualTo(500);
        assertThat(t.refundable()).isEqualTo(1500);
    }

    @Test
    void allocationAddsUpExactlyAndFavoursLargestRemainders() {
        // 100 over weights 1,1,1: 33,33,33 + 1 to the first largest remainder
        assertThat(TotalsCalculator.allocate(100, new long[] {1, 1, 1})).containsExactly(34, 33, 33);
        assertThat(TotalsCalculator.allocate(7, new long[] {0, 10, 30})).containsExactly(0, 2, 5);
        assertThat(TotalsCalculator.allocate(0, new long[] {5, 5})).containsExactly(0, 0);
    }
}

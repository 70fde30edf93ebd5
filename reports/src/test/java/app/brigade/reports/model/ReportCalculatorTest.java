package app.brigade.reports.model;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.event.DayClosed;
import app.brigade.model.order.Outcome;
import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventFactory;
import app.brigade.model.protocol.HlcClock;
import app.brigade.model.protocol.UuidV7;
import app.brigade.reports.ScriptedDay;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scripted day's figures, worked out by hand:
 * <pre>
 * Classic Burger 12.90 (7% added) + 2 Cola 7.00 (19% included) = 19.90 gross; 10% off = 1.99,
 *        spread 1.29 / 0.70 → nets 11.61 and 6.30; tax 11.61×7% = 0.81, 6.30×19/119 = 1.01;
 *        total 19.90 − 1.99 + 0.81 = 18.72 = card 10.00 (+1.00 tip) + cash 8.72.
 * Caesar Salad 10.90 (Espresso voided before send, Cappuccino 4.20 voided after send by Maria);
 *        tax 0.76; total 11.66 in cash; refund 5.00 cash at 15:00.
 * voided after send (not a sale). A-004: still open (not a sale).
 * gross 30.80, discounts 1.99, refunds 5.00, net 23.81; tax added 1.57, included 1.01; tips 1.00.
 * cash: 150.00 float + 8.72 + 11.66 − 5.00 refund + 20.00 pay-in − 12.00 pay-out = 173.38 expected;
 *       counted 173.00 → 0.38 short.
 * </pre>
 */
class ReportCalculatorTest {

    private final List<Event> events = ScriptedDay.events();
    private final ReportCalculator calculator = new ReportCalculator(ScriptedDay.CATALOG);
    private final ReportPeriod day = ReportPeriod.businessDay(ScriptedDay.DAY, ScriptedDay.ZONE);

    private ReportData report(ReportPeriod period) {
        return calculator.compute(period, "POS-1", events, Instant.parse("2026-11-20T20:00:00Z"), 1);
    }

    @Test
    void everyFigureOfTheDayMatchesTheHandComputation() {
        ReportData r = report(day);

        assertThat(r.orders()).isEqualTo(2);
        assertThat(r.guests()).isEqualTo(3);
        assertThat(r.gross()).isEqualTo(3_080);
        assertThat(r.discounts()).isEqualTo(199);
        assertThat(r.refunds()).isEqualTo(500);
        assertThat(r.net()).isEqualTo(2_381);
        assertThat(r.averageCheck()).isEqualTo(1_191);
        assertThat(r.exclusiveTax()).isEqualTo(157);
        assertThat(r.inclusiveTax()).isEqualTo(101);
        assertThat(r.tips()).isEqualTo(100);
        assertThat(r.taxes()).containsExactly(new Rows.Tax(1900, true, 630, 101), new Rows.Tax(700, false, 2_251, 157));
        assertThat(r.voidsBeforeFireCount()).isEqualTo(1);
        assertThat(r.voidsBeforeFireAmount()).isEqualTo(250);
        assertThat(r.voidsAfterFireCount()).isEqualTo(1);
        assertThat(r.voidsAfterFireAmount()).isEqualTo(420);
        assertThat(r.voidRows()).filteredOn(Rows.Void::afterFire).singleElement()
                .extracting(Rows.Void::item, Rows.Void::approver).containsExactly("Cappuccino", "Maria");
        assertThat(r.voidedOrders()).isEqualTo(1);
        assertThat(r.cashExpected()).isEqualTo(17_338);
        assertThat(r.cashCounted()).isEqualTo(17_300);
        assertThat(r.overShort()).isEqualTo(-38);
    }

    @Test
    void tendersDiscountsAndRefundsSayWhoApproved() {
        ReportData r = report(day);

        assertThat(r.tenders()).containsExactly(new Rows.Tender("CARD", 1, 1_000, 100, 0),
                new Rows.Tender("CASH", 2, 2_038, 0, 500));
        assertThat(r.discountRows()).singleElement().satisfies(d -> {
            assertThat(d.amount()).isEqualTo(199);
            assertThat(d.reason()).isEqualTo("regular");
            assertThat(d.approver()).isEqualTo("Maria");
            assertThat(d.scope()).isEqualTo("order");
        });
        assertThat(r.refundRows()).singleElement().extracting(Rows.Refund::amount, Rows.Refund::approver)
                .containsExactly(500L, "Maria");
        assertThat(r.payments()).extracting(Rows.Payment::card).contains("VISA •••• 4242 auth A1B2C3");
        assertThat(r.drawer()).extracting(Rows.Drawer::kind).containsExactly("PAY_IN", "PAY_OUT", "NO_SALE");
    }

    @Test
    void salesByItemCategoryHourEmployeeAndType() {
        ReportData r = report(day);

        assertThat(r.items()).extracting(Rows.Sales::name, Rows.Sales::quantity, Rows.Sales::gross, Rows.Sales::net)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Classic Burger", 1L, 1_290L, 1_161L),
                        org.assertj.core.groups.Tuple.tuple("Caesar Salad", 1L, 1_090L, 1_090L),
                        org.assertj.core.groups.Tuple.tuple("Cola", 2L, 700L, 630L));
        assertThat(r.categories()).extracting(Rows.Sales::name).containsExactly("Burgers", "Salads", "Soft Drinks");
        assertThat(r.hours()).hasSize(24);
        assertThat(r.hours().get(12).net()).isEqualTo(1_791);
        assertThat(r.hours().get(13).net()).isEqualTo(1_090);
        assertThat(r.hours().get(9).net()).isZero();
        assertThat(r.employees()).extracting(Rows.Sales::name, Rows.Sales::net)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Carl", 1_791L),
                        org.assertj.core.groups.Tuple.tuple("Clara", 1_090L));
        assertThat(r.orderTypes()).extracting(Rows.Sales::key, Rows.Sales::orders)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DINE_IN", 1L),
                        org.assertj.core.groups.Tuple.tuple("TAKEOUT", 1L));
        assertThat(r.lines()).hasSize(3);
    }

    @Test
    void xReportOfTheShiftCoversItsWindowAndChangesNothing() {
        ReportPeriod shift = ReportCalculator.shiftPeriod(events, "s1", Instant.now(), ScriptedDay.ZONE);
        ReportData x = report(shift);
        assertThat(x.period().kind()).isEqualTo(ReportKind.X);
        assertThat(x.net()).isEqualTo(2_381);
        assertThat(x.overShort()).isEqualTo(-38);
        assertThat(report(day)).isEqualTo(report(day));
    }

    @Test
    void aPeriodWithoutSalesSaysSo() {
        ReportData empty = report(ReportPeriod.businessDay(ScriptedDay.DAY.plusDays(1), ScriptedDay.ZONE));
        assertThat(empty.noSales()).isTrue();
        assertThat(empty.orders()).isZero();
        assertThat(empty.averageCheck()).isZero();
        assertThat(empty.shifts()).isEmpty();
    }

    @Test
    void theZCloseIsNumberedAndHappensOncePerDay() {
        Outcome<DayClosed> first = DayClose.decide(events, ScriptedDay.DAY);
        DayClosed closed = first.orThrow();
        assertThat(closed.zNumber()).isEqualTo(1);

        List<Event> after = new ArrayList<>(events);
        EventFactory f = new EventFactory("pos-1", UuidV7.systemClock(), new HlcClock(System::currentTimeMillis));
        after.add(f.create(after.size() + 1, closed, "emp-maria", "emp-maria"));
        Outcome<DayClosed> again = DayClose.decide(after, ScriptedDay.DAY);
        assertThat(again.isAccepted()).isFalse();
        assertThat(((Outcome.Rejected<DayClosed>) again).rejection().message()).contains("already closed with Z #1");
        assertThat(DayClose.decide(after, ScriptedDay.DAY.plusDays(1)).orThrow().zNumber()).isEqualTo(2);
    }
}

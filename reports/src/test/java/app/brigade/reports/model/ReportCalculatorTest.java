package app.brigade.reports.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
 * Classic Burger 12.90 (7% added) + 2 Cola 7.00 (19% included) = 19.90 gross; 10% off = 1.99
 *        ("regular", Maria), spread 1.29 / 0.70 → nets 11.61 and 6.30; tax 11.61×7% = 0.81,
 *        6.30×19/119 = 1.01; total 19.90 − 1.99 + 0.81 = 18.72 = card 10.00 (+1.00 tip) + cash 8.72.
 * Caesar Salad 10.90 (Espresso voided before send, Cappuccino 4.20 voided after send by Maria);
 *        1.50 off the salad ("staff meal", Tom) → 9.40, then 10% off the order ("regular", Tom) =
 *        0.94 → net 8.46; tax 8.46×7% = 0.5922 → 0.59; total 10.90 − 2.44 + 0.59 = 9.05 in cash;
 *        refund 5.00 cash at 15:00.
 * voided after send (not a sale). A-004: still open (not a sale).
 * gross 30.80, discounts 1.99 + 2.44 = 4.43, refunds 5.00, net 30.80 − 4.43 − 5.00 = 21.37;
 *       average check 21.37 / 2 = 10.685 → 10.69 (half up); tax added 0.81 + 0.59 = 1.40 on
 *       11.61 + 8.46 = 20.07, included 1.01 on 6.30; tips 1.00.
 * discounts by reason: regular 2 × (1.99 + 0.94) = 2.93, staff meal 1 × 1.50;
 *           by approver: Tom 2 × (1.50 + 0.94) = 2.44, Maria 1 × 1.99 (each adds up to 4.43).
 * order types: dine-in A-001 3 items, gross 19.90, discounts 1.99, net 17.91;
 *              takeout A-002 1 item, gross 10.90, discounts 2.44, net 8.46.
 * cash: 150.00 float + 8.72 + 9.05 − 5.00 refund + 20.00 pay-in − 12.00 pay-out = 170.77 expected;
 *       counted 3 × 50 + 2 × 10 = 170.00 → 0.77 short.
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
        assertThat(r.discounts()).isEqualTo(443);
        assertThat(r.refunds()).isEqualTo(500);
        assertThat(r.net()).isEqualTo(2_137);
        assertThat(r.averageCheck()).isEqualTo(1_069);
        assertThat(r.exclusiveTax()).isEqualTo(140);
        assertThat(r.inclusiveTax()).isEqualTo(101);
        assertThat(r.tips()).isEqualTo(100);
        assertThat(r.taxes()).containsExactly(new Rows.Tax(1900, true, 630, 101), new Rows.Tax(700, false, 2_007, 140));
        assertThat(r.voidsBeforeFireCount()).isEqualTo(1);
        assertThat(r.voidsBeforeFireAmount()).isEqualTo(250);
        assertThat(r.voidsAfterFireCount()).isEqualTo(1);
        assertThat(r.voidsAfterFireAmount()).isEqualTo(420);
        assertThat(r.voidRows()).filteredOn(Rows.Void::afterFire).singleElement()
                .extracting(Rows.Void::item, Rows.Void::approver).containsExactly("Cappuccino", "Maria");
        assertThat(r.voidedOrders()).isEqualTo(1);
        assertThat(r.cashExpected()).isEqualTo(17_077);
        assertThat(r.cashCounted()).isEqualTo(17_000);
        assertThat(r.overShort()).isEqualTo(-77);
    }

    @Test
    void tendersDiscountsAndRefundsSayWhoApproved() {
        ReportData r = report(day);

        assertThat(r.tenders()).containsExactly(new Rows.Tender("CARD", 1, 1_000, 100, 0),
                new Rows.Tender("CASH", 2, 1_777, 0, 500));
        assertThat(r.discountRows()).extracting(Rows.Discount::orderNumber, Rows.Discount::scope,
                Rows.Discount::reason, Rows.Discount::approver, Rows.Discount::amount).containsExactly(
                tuple("A-001", "order", "regular", "Maria", 199L),
                tuple("A-002", "Caesar Salad", "staff meal", "Tom", 150L),
                tuple("A-002", "order", "regular", "Tom", 94L));
        assertThat(r.refundRows()).singleElement().extracting(Rows.Refund::amount, Rows.Refund::approver)
                .containsExactly(500L, "Maria");
        assertThat(r.payments()).extracting(Rows.Payment::card).contains("VISA •••• 4242 auth A1B2C3");
        assertThat(r.drawer()).extracting(Rows.Drawer::kind).containsExactly("PAY_IN", "PAY_OUT", "NO_SALE");
    }

    @Test
    void salesByItemCategoryHourEmployeeAndType() {
        ReportData r = report(day);

        assertThat(r.items()).extracting(Rows.Sales::name, Rows.Sales::quantity, Rows.Sales::gross, Rows.Sales::net)
                .containsExactly(tuple("Classic Burger", 1L, 1_290L, 1_161L),
                        tuple("Caesar Salad", 1L, 1_090L, 846L),
                        tuple("Cola", 2L, 700L, 630L));
        assertThat(r.categories()).extracting(Rows.Sales::name).containsExactly("Burgers", "Salads", "Soft Drinks");
        assertThat(r.hours()).hasSize(24);
        assertThat(r.hours().get(12).net()).isEqualTo(1_791);
        assertThat(r.hours().get(13).net()).isEqualTo(846);
        assertThat(r.hours().get(9).net()).isZero();
        assertThat(r.employees()).extracting(Rows.Sales::name, Rows.Sales::net)
                .containsExactly(tuple("Carl", 1_791L),
                        tuple("Clara", 846L));
        assertThat(r.orderTypes()).extracting(Rows.Sales::key, Rows.Sales::name, Rows.Sales::quantity,
                Rows.Sales::orders, Rows.Sales::gross, Rows.Sales::discounts, Rows.Sales::net).containsExactly(
                tuple("DINE_IN", "dine-in", 3L, 1L, 1_990L, 199L, 1_791L),
                tuple("TAKEOUT", "takeout", 1L, 1L, 1_090L, 244L, 846L));
        assertThat(r.lines()).hasSize(3);
    }

    @Test
    void discountsAreTotalledByReasonAndByApprover() {
        ReportData r = report(day);

        assertThat(r.discountsByReason()).containsExactly(new Rows.DiscountTotal("regular", 2, 293),
                new Rows.DiscountTotal("staff meal", 1, 150));
        assertThat(r.discountsByApprover()).containsExactly(new Rows.DiscountTotal("Tom", 2, 244),
                new Rows.DiscountTotal("Maria", 1, 199));
        assertThat(r.discountsByReason().stream().mapToLong(Rows.DiscountTotal::amount).sum())
                .isEqualTo(r.discounts());
        assertThat(r.discountsByApprover().stream().mapToLong(Rows.DiscountTotal::amount).sum())
                .isEqualTo(r.discounts());
    }

    @Test
    void xReportOfTheShiftCoversItsWindowAndChangesNothing() {
        ReportPeriod shift = ReportCalculator.shiftPeriod(events, "s1", Instant.now(), ScriptedDay.ZONE);
        ReportData x = report(shift);
        assertThat(x.period().kind()).isEqualTo(ReportKind.X);
        assertThat(x.net()).isEqualTo(2_137);
        assertThat(x.overShort()).isEqualTo(-77);
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

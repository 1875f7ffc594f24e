package org.okr4j.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.Boundary;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.StatedStatus;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;

/**
 * A generated monthly metrics report: money against plan, a lower-is-better duration, a count, an
 * objective mixing monthly, quarterly and annual key results, a child objective, an undefined
 * target, a state-only key result, and titles full of markup.
 */
public final class Reports {
  public static final FiscalCalendar JULY = FiscalCalendar.startingIn(Month.JULY);
  public static final Period Q3 = JULY.quarter(2020, 3);
  public static final Period FY = JULY.fiscalYear(2020);
  public static final Period FEBRUARY = Period.of(YearMonth.of(2020, 2));
  public static final Unit USD = Unit.of("USD");

  private Reports() {}

  /** Revenue judged against February's plan. */
  public static KeyResult monthlyRevenue() {
    return KeyResult.builder()
        .id("revenue-february")
        .statement("Raise $6.58MM in February")
        .metric(Metric.of("revenue", USD, Direction.HIGHER_IS_BETTER))
        .baseline(Baseline.of(Quantity.of("5000000", USD)))
        .target(Target.reach(Quantity.of("6580000", USD)))
        .goalPeriod(FEBRUARY)
        .addCheckIns(CheckIn.of(Period.of(YearMonth.of(2020, 1)), Quantity.of("5500000", USD)))
        .addCheckIns(CheckIn.of(FEBRUARY, Quantity.of("6000000", USD)))
        .build();
  }

  /** Review time, lower is better, judged against the quarter. */
  public static KeyResult quarterlyReviewTime() {
    return KeyResult.builder()
        .id("review-time-q3")
        .statement("Median code review time down to 10 days this quarter")
        .metric(Metric.of("median review time", Unit.days(), Direction.LOWER_IS_BETTER))
        .baseline(Baseline.of(Quantity.of("20", Unit.days())))
        .target(Target.reach(Quantity.of("10", Unit.days())))
        .goalPeriod(Q3)
        .addCheckIns(CheckIn.of(Q3, Quantity.of("15", Unit.days())))
        .build();
  }

  /** Maintainers over the fiscal year, with no goal period of its own: the default applies. */
  public static KeyResult annualMaintainers() {
    Unit maintainers = Unit.count("maintainers");
    return KeyResult.builder()
        .id("maintainers-year")
        .statement("Grow tool maintainers from 1,880 to 1,974")
        .metric(Metric.of("tool maintainers", maintainers, Direction.HIGHER_IS_BETTER))
        .baseline(Baseline.of(Quantity.exact(1880, maintainers)))
        .target(Target.reach(Quantity.exact(1974, maintainers)))
        .addCheckIns(CheckIn.of(JULY.quarter(2020, 1), Quantity.exact(1890, maintainers)))
        .addCheckIns(CheckIn.of(JULY.quarter(2020, 2), Quantity.exact(1919, maintainers)))
        .addCheckIns(CheckIn.of(Q3, Quantity.exact(2100, maintainers)))
        .statedStatus(StatedStatus.of(StatusColor.GREEN, "ahead of plan"))
        .build();
  }

  public static Report monthly() {
    KeyResult undefined =
        KeyResult.builder()
            .id("uptake")
            .statement("An X% increase in <b>uptake</b> & reuse")
            .metric(Metric.of("uptake", Unit.percent(), Direction.HIGHER_IS_BETTER))
            .baseline(Baseline.of(Quantity.of("24.9", Unit.percent())))
            .target(Target.toBeDetermined())
            .addCheckIns(CheckIn.of(Q3, Quantity.of("26.1", Unit.percent())))
            .build();
    KeyResult guidelines =
        KeyResult.builder()
            .id("guidelines")
            .statement("Publish the \"review guidelines\"")
            .target(Target.done())
            .addCheckIns(CheckIn.of(Q3, CheckInState.BLOCKED))
            .build();
    KeyResult latency =
        KeyResult.builder()
            .id("latency")
            .statement("p95 latency stays below 2 hours")
            .metric(Metric.of("p95 latency", Unit.hours(), Direction.LOWER_IS_BETTER))
            .target(Target.staysBelow(Quantity.of("2", Unit.hours()), Boundary.EXCLUSIVE))
            .addCheckIns(CheckIn.of(Q3, Quantity.of("1.5", Unit.hours())))
            .build();
    Objective child =
        Objective.builder()
            .id("child")
            .title("A child objective with <i>markup</i>")
            .addKeyResults(latency)
            .statedStatus(StatedStatus.of(StatusColor.GREEN))
            .build();
    Objective mixed =
        Objective.builder()
            .id("mixed")
            .title("Revenue, reviews & maintainers <script>alert('x')</script>")
            .addKeyResults(monthlyRevenue(), quarterlyReviewTime(), annualMaintainers())
            .addKeyResults(undefined, guidelines)
            .addChildren(child)
            .statedStatus(StatedStatus.of(StatusColor.YELLOW, "revenue behind plan"))
            .build();
    Objective empty =
        Objective.builder()
            .id("partnerships")
            .title("Partnerships (see another deck)")
            .statedStatus(StatedStatus.of(StatusColor.GREEN))
            .build();
    return Report.builder()
        .title("Monthly metrics report — February 2020")
        .organization("Example Foundation")
        .calendar(JULY)
        .period(Q3)
        .addObjectives(mixed, empty)
        .build();
  }

  /** The day the per-key-result tests judge on: 15 February 2020. */
  public static LocalDate midFebruary() {
    return LocalDate.of(2020, 2, 15);
  }

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }
}

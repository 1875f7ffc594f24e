package org.okr4j.report.render;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.StatedChange;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.model.StatedStatus;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;

/**
 * A report built in code for the HTML tests: an over-achieved key result, a decreasing metric with
 * monthly check-ins, an undefined progress, annual check-ins, a child objective with audited
 * changes, and titles full of markup.
 */
final class HtmlFixtures {
  static final FiscalCalendar JULY = FiscalCalendar.startingIn(Month.JULY);
  static final Period Q1 = JULY.quarter(2020, 1);
  static final Period Q2 = JULY.quarter(2020, 2);
  static final Period Q3 = JULY.quarter(2020, 3);
  static final Unit SIGNUPS = Unit.count("signups");
  static final Unit CALLS = Unit.count("calls");

  static final String REPORT_TITLE = "Q3 <Board> & \"Ops\" <script>alert(1)</script>";
  static final String ORGANIZATION = "Acme & Sons <b>Ltd</b>";
  static final String GROWTH_TITLE = "Grow <script>alert(\"x\")</script> & 'win'";
  static final String PLATFORM_TITLE = "Platform \"stability\" <i>first</i>";
  static final String API_TITLE = "API </section><hr> & friends";
  static final String PRINTED_CALLS = "1,080 <calls> & \"more\"";

  private HtmlFixtures() {}

  static Report report() {
    return Report.builder()
        .title(REPORT_TITLE)
        .organization(ORGANIZATION)
        .calendar(JULY)
        .period(Q3)
        .addObjectives(growth(), platform())
        .build();
  }

  static Objective growth() {
    return Objective.builder()
        .id("growth")
        .title(GROWTH_TITLE)
        .description("Signups <em>up</em> & latency down")
        .statedStatus(StatedStatus.of(StatusColor.GREEN, "on track & <ahead>"))
        .addKeyResults(signups(), latency(), adoption())
        .build();
  }

  /** 100 → 400 signups against a target of 150: raw progress 600%, clamped 100%. */
  static KeyResult signups() {
    return KeyResult.builder()
        .id("signups")
        .statement("Reach 150 <signups> & \"beyond\"")
        .metric(Metric.of("signups", SIGNUPS, Direction.HIGHER_IS_BETTER))
        .baseline(Baseline.of(Quantity.exact(100, SIGNUPS)))
        .target(Target.reach(Quantity.exact(150, SIGNUPS)))
        .addCheckIns(CheckIn.of(Q1, Quantity.exact(120, SIGNUPS)))
        .addCheckIns(CheckIn.of(Q2, Quantity.exact(140, SIGNUPS)))
        .addCheckIns(CheckIn.of(Q3, Quantity.exact(400, SIGNUPS)))
        .statedStatus(StatedStatus.of(StatusColor.GREEN))
        .build();
  }

  /** Lower is better, monthly: 20 → 15 days against a target of 10: progress 50%. */
  static KeyResult latency() {
    return KeyResult.builder()
        .id("latency")
        .statement("Cut latency from 20 to 10 days")
        .metric(Metric.of("latency", Unit.days(), Direction.LOWER_IS_BETTER))
        .baseline(Baseline.of(Quantity.of("20", Unit.days())))
        .target(Target.reach(Quantity.of("10", Unit.days())))
        .addCheckIns(CheckIn.of(Period.of(YearMonth.of(2020, 1)), Quantity.of("18", Unit.days())))
        .addCheckIns(CheckIn.of(Period.of(YearMonth.of(2020, 2)), Quantity.of("16", Unit.days())))
        .addCheckIns(CheckIn.of(Period.of(YearMonth.of(2020, 3)), Quantity.of("15", Unit.days())))
        .statedStatus(StatedStatus.of(StatusColor.YELLOW, "slow <but> steady"))
        .build();
  }

  /** A target to be determined: progress undefined. */
  static KeyResult adoption() {
    return KeyResult.builder()
        .id("adoption")
        .statement("Adoption up by X% (TBD)")
        .metric(Metric.of("adoption", Unit.percent(), Direction.HIGHER_IS_BETTER))
        .baseline(Baseline.of(Quantity.of("5", Unit.percent())))
        .target(Target.toBeDetermined())
        .addCheckIns(CheckIn.of(Q3, Quantity.of("6", Unit.percent())))
        .build();
  }

  static Objective platform() {
    return Objective.builder()
        .id("platform")
        .title(PLATFORM_TITLE)
        .statedStatus(StatedStatus.of(StatusColor.RED))
        .addKeyResults(uptime())
        .addChildren(api())
        .build();
  }

  /** Annual check-ins, FY2018/19 and FY2019/20: 99.0% → 99.5% against 99.9%: progress 5/9. */
  static KeyResult uptime() {
    return KeyResult.builder()
        .id("uptime")
        .statement("Uptime of 99.9%")
        .metric(Metric.of("uptime", Unit.percent(), Direction.HIGHER_IS_BETTER))
        .baseline(Baseline.of(Quantity.of("99.0", Unit.percent())))
        .target(Target.reach(Quantity.of("99.9", Unit.percent())))
        .addCheckIns(CheckIn.of(JULY.fiscalYear(2019), Quantity.of("99.2", Unit.percent())))
        .addCheckIns(CheckIn.of(JULY.fiscalYear(2020), Quantity.of("99.5", Unit.percent())))
        .build();
  }

  static Objective api() {
    return Objective.builder()
        .id("platform-api")
        .title(API_TITLE)
        .statedStatus(StatedStatus.of(StatusColor.YELLOW))
        .addKeyResults(apiCalls())
        .build();
  }

  /**
   * +10% from 1000 calls (target value 1100) reaching 1080: progress 80%. The stated changes are
   * audited: +5% in Q2 follows ((1050 − 1000) / 1000), +9% in Q3 does not (it is +8%).
   */
  static KeyResult apiCalls() {
    return KeyResult.builder()
        .id("api-calls")
        .statement("10% more <b>API</b> calls")
        .metric(Metric.of("API calls", CALLS, Direction.HIGHER_IS_BETTER))
        .baseline(Baseline.of(Quantity.exact(1000, CALLS)))
        .target(Target.relativeChange(new BigDecimal("10")))
        .addCheckIns(
            CheckIn.builder()
                .period(Q2)
                .value(Quantity.exact(1050, CALLS))
                .addStatedChanges(change("+5%", "5"))
                .build())
        .addCheckIns(
            CheckIn.builder()
                .period(Q3)
                .value(Quantity.exact(1080, CALLS))
                .printed(PRINTED_CALLS)
                .addStatedChanges(change("+9% <up>", "9"))
                .build())
        .build();
  }

  private static StatedChange change(String text, String percent) {
    return StatedChange.of(
        StatedFigure.of(text, Quantity.of(percent, Unit.percent())),
        ChangeBasis.RELATIVE_TO_BASELINE);
  }
}

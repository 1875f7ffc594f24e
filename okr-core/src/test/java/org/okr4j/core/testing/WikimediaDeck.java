package org.okr4j.core.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.Boundary;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.CompositeTarget;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;

/**
 * Key results of the Wikimedia Technology department's Q3 FY19/20 OKR deck
 * (shared/seed/wikimedia-technology-q3-fy20.md), with the deck's own numbers. The fiscal year
 * starts on 1 July: FY2019/20 Q3 is January–March 2020, judged on 1 April 2020.
 */
public final class WikimediaDeck {
  /** Wikimedia's fiscal calendar: years start on 1 July. */
  public static final FiscalCalendar CALENDAR = FiscalCalendar.startingIn(Month.JULY);

  /** FY2019/20, the period the year-one goals are for. */
  public static final Period FY20 = CALENDAR.fiscalYear(2020);

  /** FY2019/20 Q1, July–September 2019. */
  public static final Period Q1 = CALENDAR.quarter(2020, 1);

  /** FY2019/20 Q2, October–December 2019. */
  public static final Period Q2 = CALENDAR.quarter(2020, 2);

  /** FY2019/20 Q3, January–March 2020. */
  public static final Period Q3 = CALENDAR.quarter(2020, 3);

  /** FY2019/20 Q4, April–June 2020. */
  public static final Period Q4 = CALENDAR.quarter(2020, 4);

  /** The day the Q3 deck is judged: the end of Q3. */
  public static final LocalDate END_OF_Q3 = LocalDate.of(2020, 4, 1);

  /** Tool maintainers. */
  public static final Unit MAINTAINERS = Unit.count("maintainers");

  /** Quality-control AI tools. */
  public static final Unit TOOLS = Unit.count("tools");

  /** Code reviews. */
  public static final Unit CODE_REVIEWS = Unit.count("code reviews");

  /** Developer satisfaction, a score out of 5. */
  public static final Unit OUT_OF_FIVE = Unit.scoreOutOf(5);

  private WikimediaDeck() {}

  /**
   * A figure stated to the precision of its digits.
   *
   * @param value the value as printed
   * @param unit its unit
   * @return the figure
   */
  public static Quantity q(String value, Unit unit) {
    return Quantity.of(new BigDecimal(value), unit);
  }

  /**
   * A key result builder with a metric and a baseline.
   *
   * @param id the id
   * @param unit the metric's unit
   * @param direction the metric's direction
   * @param baseline the baseline value
   * @param target the target
   * @return the builder, to add check-ins to
   */
  public static KeyResult.Builder measured(
      String id, Unit unit, Direction direction, String baseline, Target target) {
    KeyResult.Builder b = KeyResult.builder();
    b.id(id)
        .statement(id.replace('-', ' '))
        .metric(Metric.of(id.replace('-', ' '), unit, direction))
        .baseline(Baseline.of(q(baseline, unit)))
        .target(target);
    return b;
  }

  /**
   * "30% increase of tool maintainers; baseline 1880 maintainers in Q2; Y1 goal 5% (1974); Q3 2%
   * (1919)", with the goal as the value 1974.
   *
   * @return the key result
   */
  public static KeyResult toolMaintainers() {
    return measured(
            "tool-maintainers",
            MAINTAINERS,
            Direction.HIGHER_IS_BETTER,
            "1880",
            Target.reach(q("1974", MAINTAINERS)))
        .addCheckIns(CheckIn.of(Q3, q("1919", MAINTAINERS)))
        .build();
  }

  /**
   * Tool maintainers with the goal as printed: a 5% increase, which resolves to 1974.
   *
   * @return the key result
   */
  public static KeyResult toolMaintainersFivePercent() {
    return measured(
            "tool-maintainers",
            MAINTAINERS,
            Direction.HIGHER_IS_BETTER,
            "1880",
            Target.relativeChange(new BigDecimal("5")).printedAs("5% (1974)"))
        .addCheckIns(CheckIn.of(Q3, q("1919", MAINTAINERS)))
        .build();
  }

  /**
   * "Deploy 8 new quality control AI tools; baseline 0": 4, 6, 11 in Q1–Q3.
   *
   * @return the key result
   */
  public static KeyResult aiTools() {
    return measured("ai-tools", TOOLS, Direction.HIGHER_IS_BETTER, "0", Target.reach(q("8", TOOLS)))
        .addCheckIns(
            CheckIn.of(Q1, q("4", TOOLS)),
            CheckIn.of(Q2, q("6", TOOLS)),
            CheckIn.of(Q3, q("11", TOOLS)))
        .build();
  }

  /**
   * "Developer satisfaction; baseline 3.8 / 5; Y1 goal 4% (3.9); Q3 -8% (3.4)".
   *
   * @return the key result
   */
  public static KeyResult developerSatisfaction() {
    return measured(
            "developer-satisfaction",
            OUT_OF_FIVE,
            Direction.HIGHER_IS_BETTER,
            "3.8",
            Target.reach(q("3.9", OUT_OF_FIVE)))
        .addCheckIns(CheckIn.of(Q3, q("3.4", OUT_OF_FIVE)))
        .build();
  }

  /**
   * "20% decrease in outstanding code reviews; baseline 1134; Y1 goal X% (TBD)": 442, 601, 1151.
   *
   * @return the key result
   */
  public static KeyResult outstandingCodeReviews() {
    return measured(
            "outstanding-code-reviews",
            CODE_REVIEWS,
            Direction.LOWER_IS_BETTER,
            "1134",
            Target.toBeDetermined().printedAs("X% (TBD)"))
        .addCheckIns(
            CheckIn.of(Q1, q("442", CODE_REVIEWS)),
            CheckIn.of(Q2, q("601", CODE_REVIEWS)),
            CheckIn.of(Q3, q("1151", CODE_REVIEWS)))
        .build();
  }

  /**
   * "Improve Cycle Time by 10% year over year; baseline 11.6 days": Q2 10.3, Q3 14 days.
   *
   * @return the key result
   */
  public static KeyResult cycleTime() {
    return measured(
            "cycle-time",
            Unit.days(),
            Direction.LOWER_IS_BETTER,
            "11.6",
            Target.relativeChange(new BigDecimal("-10")))
        .addCheckIns(CheckIn.of(Q2, q("10.3", Unit.days())), CheckIn.of(Q3, q("14", Unit.days())))
        .build();
  }

  /**
   * "10% decrease in code review time; baseline 19 days; Y1 goal 2% (18 days)": Q2 21, Q3 17.
   *
   * @return the key result
   */
  public static KeyResult codeReviewTime() {
    return measured(
            "code-review-time",
            Unit.days(),
            Direction.LOWER_IS_BETTER,
            "19",
            Target.relativeChange(new BigDecimal("-2")).printedAs("2% (18 days)"))
        .addCheckIns(CheckIn.of(Q2, q("21", Unit.days())), CheckIn.of(Q3, q("17", Unit.days())))
        .build();
  }

  /**
   * Code review time with another Q3 value (stated to its digits) after Q2's 21 days.
   *
   * @param q3 the Q3 value in days
   * @return the key result
   */
  public static KeyResult codeReviewTime(String q3) {
    return measured(
            "code-review-time",
            Unit.days(),
            Direction.LOWER_IS_BETTER,
            "19",
            Target.relativeChange(new BigDecimal("-2")).printedAs("2% (18 days)"))
        .addCheckIns(CheckIn.of(Q2, q("21", Unit.days())), CheckIn.of(Q3, q(q3, Unit.days())))
        .build();
  }

  /**
   * "25% increase in code quality; baseline 0%; Y1 goal 5%": Q2 4.76%, Q3 11.9%, with the goal read
   * as the value 5%.
   *
   * @return the key result
   */
  public static KeyResult codeQuality() {
    return codeQuality(Target.reach(q("5", Unit.percent())));
  }

  /**
   * Code quality with another reading of its goal.
   *
   * @param target the goal
   * @return the key result
   */
  public static KeyResult codeQuality(Target target) {
    return measured("code-quality", Unit.percent(), Direction.HIGHER_IS_BETTER, "0", target)
        .addCheckIns(
            CheckIn.of(Q2, q("4.76", Unit.percent())), CheckIn.of(Q3, q("11.9", Unit.percent())))
        .build();
  }

  /**
   * The technical internship programs: "20 projects completed, 700 tasks completed, 14 projects
   * promoted" against 21, 715 and 17 in Q3, all of which must be met.
   *
   * @return the key result
   */
  public static KeyResult internships() {
    Unit projects = Unit.count("projects");
    Unit tasks = Unit.count("tasks");
    Unit promoted = Unit.count("promoted projects");
    CompositeTarget target =
        Target.allOf(
            List.of(
                CompositeTarget.Part.of("projects", Target.reach(q("20", projects))),
                CompositeTarget.Part.of("tasks", Target.reach(q("700", tasks))),
                CompositeTarget.Part.of("promoted", Target.reach(q("14", promoted)))));
    return KeyResult.builder()
        .id("internships")
        .statement("Successfully run Wikimedia's technical internship and outreach programs")
        .target(target)
        .addCheckIns(
            CheckIn.builder()
                .period(Q3)
                .putPartValues("projects", q("21", projects))
                .putPartValues("tasks", q("715", tasks))
                .putPartValues("promoted", q("17", promoted))
                .build())
        .build();
  }

  /**
   * "Develop a means to limit and disable the API access of bad actors; baseline 0%; 100%": 20%,
   * 33%, 50% complete in Q1–Q3.
   *
   * @return the key result
   */
  public static KeyResult apiLimiting() {
    return measured(
            "api-limiting", Unit.percent(), Direction.HIGHER_IS_BETTER, "0", Target.complete())
        .addCheckIns(
            CheckIn.of(Q1, q("20", Unit.percent())),
            CheckIn.of(Q2, q("33", Unit.percent())),
            CheckIn.of(Q3, q("50", Unit.percent())))
        .build();
  }

  /**
   * A response time that must stay below 13.2 minutes, the boundary excluded ("&lt;13.2 mins").
   *
   * @param current the Q3 value
   * @return the key result
   */
  public static KeyResult responseTimeBelow(String current) {
    return measured(
            "response-time",
            Unit.minutes(),
            Direction.LOWER_IS_BETTER,
            "15",
            Target.staysBelow(q("13.2", Unit.minutes()), Boundary.EXCLUSIVE))
        .addCheckIns(CheckIn.of(Q3, q(current, Unit.minutes())))
        .build();
  }

  /**
   * "Increase the rate of community-based false-positive reporting": Q3 "0 — Blocked on deployment
   * of the MVP", a state without a measured value.
   *
   * @return the key result
   */
  public static KeyResult falsePositiveReporting() {
    return KeyResult.builder()
        .id("false-positive-reporting")
        .statement("Increase the rate of community-based false-positive reporting by 100 times")
        .target(Target.done())
        .addCheckIns(
            CheckIn.builder()
                .period(Q3)
                .state(CheckInState.BLOCKED)
                .printed("0 Blocked on deployment of the MVP")
                .build())
        .build();
  }
}

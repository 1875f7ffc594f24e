package org.okr4j.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Month;
import java.util.List;
import org.okr4j.core.calc.Figures;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.PercentChange;
import org.okr4j.core.calc.Progress;
import org.okr4j.core.calc.Rounding;
import org.okr4j.core.calc.TargetProgress;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.Boundary;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.rollup.ObjectiveProgress;
import org.okr4j.core.rollup.Rollup;
import org.okr4j.core.status.CheckInStateRule;
import org.okr4j.core.status.ObjectiveStatus;
import org.okr4j.core.status.ObjectiveStatusPolicy;
import org.okr4j.core.status.PaceRule;
import org.okr4j.core.status.Status;
import org.okr4j.core.status.StatusContext;
import org.okr4j.core.status.StatusRule;
import org.okr4j.core.status.ThresholdRule;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;

/**
 * How an internal tool uses okr4j in code: build an objective with three key results, check in
 * values for two quarters, and print progress, change, status and their explanations.
 *
 * <pre>
 * ./mvnw -q -pl okr-examples -am compile exec:java -Dexec.mainClass=org.okr4j.examples.InternalToolExample
 * </pre>
 */
public final class InternalToolExample {
  private InternalToolExample() {}

  /**
   * Prints the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    FiscalCalendar calendar = FiscalCalendar.startingIn(Month.JULY);
    Period year = calendar.fiscalYear(2021);
    Period q1 = calendar.quarter(2021, 1);
    Period q2 = calendar.quarter(2021, 2);
    Unit percent = Unit.percent();

    KeyResult firstReview =
        KeyResult.builder()
            .id("time-to-first-review")
            .statement("Median time to first review stays at or below 2 days")
            .metric(
                Metric.of("median time to first review", Unit.days(), Direction.LOWER_IS_BETTER))
            .baseline(Baseline.of(Quantity.of(new BigDecimal("3.5"), Unit.days())))
            .target(
                Target.staysBelow(
                    Quantity.of(new BigDecimal("2"), Unit.days()), Boundary.INCLUSIVE))
            .addCheckIns(CheckIn.of(q1, Quantity.of(new BigDecimal("2.6"), Unit.days())))
            .addCheckIns(CheckIn.of(q2, Quantity.of(new BigDecimal("1.9"), Unit.days())))
            .build();
    KeyResult withinSla =
        KeyResult.builder()
            .id("reviews-within-sla")
            .statement("Reviews completed within the SLA rise from 60% to 85%")
            .metric(Metric.of("reviews within SLA", percent, Direction.HIGHER_IS_BETTER))
            .baseline(Baseline.of(Quantity.of(new BigDecimal("60"), percent)))
            .target(Target.reach(Quantity.of(new BigDecimal("85"), percent)))
            .addCheckIns(CheckIn.of(q1, Quantity.of(new BigDecimal("64"), percent)))
            .addCheckIns(CheckIn.of(q2, Quantity.of(new BigDecimal("71.5"), percent)))
            .build();
    KeyResult guidelines =
        KeyResult.builder()
            .id("review-guidelines")
            .statement("Publish the code review guidelines")
            .target(Target.done())
            .addCheckIns(CheckIn.of(q1, CheckInState.IN_PROGRESS))
            .addCheckIns(CheckIn.of(q2, CheckInState.BLOCKED))
            .build();
    Objective objective =
        Objective.builder()
            .id("faster-code-review")
            .title("Code review is fast and predictable")
            .addKeyResults(firstReview, withinSla, guidelines)
            .build();

    StatusContext endOfQ2 = StatusContext.of(year, q2.endExclusive());
    StatusRule rule =
        StatusRule.firstDefined(
                List.of(ThresholdRule.instance(), PaceRule.defaults(), CheckInStateRule.defaults()))
            .withManualOverride();
    out.println(objective.title() + " — " + year.label() + ", as of " + endOfQ2.asOf());
    for (KeyResult k : objective.keyResults()) {
      Outcome<Progress> progress = TargetProgress.latest(k);
      out.println();
      out.println(k.statement());
      out.println("  progress: " + progress.explanation().brief());
      CheckIn latest = k.latestCheckIn().orElseThrow();
      ChangeMeasure measure =
          k.metric().filter(m -> m.unit().isPercent()).isPresent()
              ? ChangeMeasure.PERCENTAGE_POINTS
              : ChangeMeasure.RELATIVE;
      ChangeBasis sincePrevious =
          ChangeBasis.of(measure, ChangeReference.PREVIOUS_PERIOD, ChangeSense.IMPROVEMENT);
      out.println(
          "  "
              + sincePrevious.describe()
              + ": "
              + PercentChange.of(k, latest, sincePrevious).explanation().brief());
      Status status = rule.evaluate(k, endOfQ2);
      out.println("  status: " + status);
    }
    Outcome<ObjectiveProgress> rollup = Rollup.progress(objective);
    out.println();
    out.println("objective " + rollup.explanation());
    for (var c : rollup.map(ObjectiveProgress::contributions).toOptional().orElse(List.of())) {
      if (!c.isIncluded()) {
        out.println(
            "  left out: "
                + c.id()
                + " ("
                + c.progress().undefinedReason().map(r -> r.description()).orElse("weight 0")
                + ")");
      }
    }
    Status status = ObjectiveStatus.of(objective, rule, endOfQ2, ObjectiveStatusPolicy.MEAN);
    out.println("objective status: " + status);
    out.println(
        "objective progress rounded down to a whole percent: "
            + Figures.fractionAsPercent(
                rollup.value().progress(), Rounding.of(0, java.math.RoundingMode.DOWN)));
  }
}

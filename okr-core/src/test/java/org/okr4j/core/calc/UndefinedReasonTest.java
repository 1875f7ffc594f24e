package org.okr4j.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.WikimediaDeck.Q1;
import static org.okr4j.core.testing.WikimediaDeck.Q3;
import static org.okr4j.core.testing.WikimediaDeck.q;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.ChangeTarget;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.rollup.Rollup;
import org.okr4j.core.testing.WikimediaDeck;

/** Every reason is produced by some calculator, and its explanation and message name it. */
class UndefinedReasonTest {
  private static final Map<UndefinedReason, Supplier<Outcome<?>>> PRODUCERS =
      new EnumMap<>(UndefinedReason.class);

  static {
    PRODUCERS.put(
        UndefinedReason.CHANGE_FROM_ZERO,
        () -> PercentChange.relative(Rational.ZERO, Rational.of(119, 10)));
    PRODUCERS.put(
        UndefinedReason.CHANGE_CROSSES_ZERO,
        () -> PercentChange.relative(Rational.of(-5), Rational.of(3)));
    PRODUCERS.put(
        UndefinedReason.TARGET_EQUALS_BASELINE,
        () -> TargetProgress.between(Rational.of(1880), Rational.of(1880), Rational.of(1919)));
    PRODUCERS.put(
        UndefinedReason.TARGET_NOT_SET,
        () -> TargetProgress.latest(WikimediaDeck.outstandingCodeReviews()));
    PRODUCERS.put(
        UndefinedReason.NOT_A_VALUE_TARGET,
        () -> TargetValue.of(WikimediaDeck.responseTimeBelow("9.31")));
    PRODUCERS.put(
        UndefinedReason.TARGET_NOT_MEASURABLE,
        () ->
            TargetProgress.latest(
                KeyResult.builder()
                    .id("formats")
                    .statement("formats")
                    .target(Target.qualitative("3 formats developed and tested"))
                    .addCheckIns(CheckIn.of(Q3, CheckInState.IN_PROGRESS))
                    .build()));
    PRODUCERS.put(
        UndefinedReason.NO_VALUE,
        () ->
            TargetProgress.latest(
                WikimediaDeck.measured(
                        "tools", Unit.count(), Direction.HIGHER_IS_BETTER, "0", reach("8"))
                    .addCheckIns(CheckIn.of(Q3, CheckInState.AT_RISK))
                    .build()));
    PRODUCERS.put(
        UndefinedReason.NO_BASELINE,
        () ->
            TargetValue.of(
                KeyResult.builder()
                    .id("cycle-time")
                    .statement("cycle time")
                    .metric(
                        org.okr4j.core.model.Metric.of(
                            "cycle time", Unit.days(), Direction.LOWER_IS_BETTER))
                    .target(Target.relativeChange(new BigDecimal("-10")))
                    .build()));
    PRODUCERS.put(
        UndefinedReason.NO_PREVIOUS_VALUE,
        () -> {
          KeyResult k = WikimediaDeck.outstandingCodeReviews();
          return PercentChange.of(
              k,
              k.checkInFor(Q1).orElseThrow(),
              ChangeBasis.of(
                  ChangeMeasure.RELATIVE, ChangeReference.PREVIOUS_PERIOD, ChangeSense.CHANGE));
        });
    PRODUCERS.put(
        UndefinedReason.NO_CHECK_IN,
        () ->
            TargetProgress.latest(
                WikimediaDeck.measured(
                        "tools", Unit.count(), Direction.HIGHER_IS_BETTER, "0", reach("8"))
                    .build()));
    PRODUCERS.put(
        UndefinedReason.NOT_A_PERCENTAGE,
        () ->
            TargetValue.ofChange(
                ChangeTarget.of(ChangeMeasure.PERCENTAGE_POINTS, BigDecimal.ONE),
                q("19", Unit.days())));
    PRODUCERS.put(
        UndefinedReason.NO_SCALE,
        () ->
            PercentChange.between(
                q("19", Unit.days()),
                q("21", Unit.days()),
                ChangeMeasure.SCALE_POINTS,
                ChangeSense.CHANGE,
                Direction.LOWER_IS_BETTER));
    PRODUCERS.put(
        UndefinedReason.PART_VALUE_MISSING,
        () -> {
          KeyResult full = WikimediaDeck.internships();
          CheckIn partial =
              CheckIn.builder()
                  .period(Q3)
                  .putPartValues("projects", q("21", Unit.count("projects")))
                  .build();
          return TargetProgress.latest(
              KeyResult.builder().from(full).checkIns(List.of(partial)).build());
        });
    PRODUCERS.put(
        UndefinedReason.NOTHING_TO_COMBINE,
        () ->
            Rollup.progress(
                Objective.builder()
                    .id("improve-developer-productivity")
                    .title("Improve developer productivity")
                    .addKeyResults(WikimediaDeck.outstandingCodeReviews())
                    .build()));
  }

  static {
    PRODUCERS.put(
        UndefinedReason.TOO_FEW_POINTS,
        () ->
            org.okr4j.core.forecast.Projection.of(
                WikimediaDeck.toolMaintainers(),
                WikimediaDeck.FY20,
                WikimediaDeck.END_OF_Q3,
                org.okr4j.core.forecast.ProjectionMethod.LEAST_SQUARES));
    PRODUCERS.put(
        UndefinedReason.NOTHING_EXPECTED_YET,
        () ->
            org.okr4j.core.forecast.Projection.of(
                WikimediaDeck.aiTools(),
                WikimediaDeck.FY20,
                WikimediaDeck.END_OF_Q3,
                org.okr4j.core.forecast.ProjectionMethod.EXPECTED_PACE,
                PaceCurve.stepwise(List.of(PacePoint.of(Rational.ONE, Rational.ONE)))));
  }

  private static Target reach(String value) {
    return Target.reach(Quantity.of(new BigDecimal(value), Unit.count()));
  }

  @ParameterizedTest
  @EnumSource(UndefinedReason.class)
  void everyReason_isProducedAndNamedInItsExplanation(UndefinedReason reason) {
    assertThat(PRODUCERS).containsKey(reason);
    Outcome<?> outcome = Objects.requireNonNull(PRODUCERS.get(reason)).get();
    assertThat(outcome.isDefined()).isFalse();
    assertThat(outcome.undefinedReason()).contains(reason);
    assertThat(outcome.explanation().result())
        .isEqualTo("undefined (" + reason.description() + ")");
    assertThatThrownBy(outcome::value)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(" is undefined (" + reason.description() + "): ");
    assertThat(outcome.toString()).startsWith("Undefined[" + reason.description() + ": ");
  }

  @Test
  void descriptions_forMessages() {
    assertThat(UndefinedReason.CHANGE_FROM_ZERO.description()).isEqualTo("change from zero");
    assertThat(UndefinedReason.TARGET_EQUALS_BASELINE.description())
        .isEqualTo("target equals baseline");
    assertThat(UndefinedReason.TARGET_NOT_SET.description()).isEqualTo("target not set");
    assertThat(UndefinedReason.NOT_A_VALUE_TARGET.description())
        .isEqualTo("target is not a single value");
    assertThat(UndefinedReason.TARGET_NOT_MEASURABLE.description())
        .isEqualTo("target not measurable");
    assertThat(UndefinedReason.NO_VALUE.description()).isEqualTo("no measured value");
    assertThat(UndefinedReason.NO_BASELINE.description()).isEqualTo("no baseline");
    assertThat(UndefinedReason.NO_PREVIOUS_VALUE.description()).isEqualTo("no previous value");
    assertThat(UndefinedReason.NO_CHECK_IN.description()).isEqualTo("no check-in");
    assertThat(UndefinedReason.NOT_A_PERCENTAGE.description()).isEqualTo("not a percentage");
    assertThat(UndefinedReason.NO_SCALE.description()).isEqualTo("not a score on a scale");
    assertThat(UndefinedReason.PART_VALUE_MISSING.description()).isEqualTo("part value missing");
    assertThat(UndefinedReason.NOTHING_TO_COMBINE.description()).isEqualTo("nothing to combine");
    assertThat(UndefinedReason.TOO_FEW_POINTS.description()).isEqualTo("too few dated values");
    assertThat(UndefinedReason.NOTHING_EXPECTED_YET.description())
        .isEqualTo("no progress expected yet");
  }

  @Test
  void rollupNoCheckInChosen_namesItsReason() {
    Objective o =
        Objective.builder()
            .id("tools")
            .title("tools")
            .addKeyResults(WikimediaDeck.aiTools())
            .build();
    Outcome<?> rolled = Rollup.progress(o, k -> Optional.empty());
    assertThat(rolled.undefinedReason()).contains(UndefinedReason.NOTHING_TO_COMBINE);
  }
}

package org.okr4j.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.WikimediaDeck.Q1;
import static org.okr4j.core.testing.WikimediaDeck.Q2;
import static org.okr4j.core.testing.WikimediaDeck.Q3;
import static org.okr4j.core.testing.WikimediaDeck.Q4;
import static org.okr4j.core.testing.WikimediaDeck.q;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.quantity.UnitMismatchException;
import org.okr4j.core.testing.CalcTesting;
import org.okr4j.core.testing.WikimediaDeck;

class PercentChangeTest {
  private static final ChangeBasis CHANGE_VS_BASELINE =
      ChangeBasis.of(ChangeMeasure.RELATIVE, ChangeReference.BASELINE, ChangeSense.CHANGE);
  private static final ChangeBasis IMPROVEMENT_VS_BASELINE =
      ChangeBasis.of(ChangeMeasure.RELATIVE, ChangeReference.BASELINE, ChangeSense.IMPROVEMENT);
  private static final ChangeBasis CHANGE_VS_PREVIOUS =
      ChangeBasis.of(ChangeMeasure.RELATIVE, ChangeReference.PREVIOUS_PERIOD, ChangeSense.CHANGE);

  private static Rational amount(Outcome<Change> change) {
    return change.value().amount();
  }

  private static CheckIn checkIn(KeyResult k, org.okr4j.core.time.Period period) {
    return k.checkInFor(period).orElseThrow();
  }

  // relative(Rational, Rational)

  @Test
  void relative_toolMaintainers() {
    Outcome<Change> c = PercentChange.relative(Rational.of(1880), Rational.of(1919));
    assertThat(amount(c)).isEqualTo(Rational.of(3900, 1880));
    assertThat(c.value().measure()).isEqualTo(ChangeMeasure.RELATIVE);
    assertThat(c.value().sense()).isEqualTo(ChangeSense.CHANGE);
    Explanation e = c.explanation();
    assertThat(e.subject()).isEqualTo("relative change");
    assertThat(e.formula()).isEqualTo("(new − old) / old");
    assertThat(e.brief()).isEqualTo("(1919 − 1880) / 1880 = +2.07%");
  }

  @Test
  void relative_fromZero_undefinedChangeFromZero() {
    Outcome<Change> c = PercentChange.relative(Rational.ZERO, Rational.of(119, 10));
    assertThat(c.undefinedReason()).contains(UndefinedReason.CHANGE_FROM_ZERO);
    assertThat(c.explanation().brief())
        .isEqualTo("(new − old) / old with old = 0 = undefined (change from zero)");
  }

  @Test
  void relative_toZero_minusHundredPercent() {
    assertThat(amount(PercentChange.relative(Rational.of(8), Rational.ZERO)))
        .isEqualTo(Rational.of(-100));
  }

  @Test
  void relative_nonTerminatingOldValue_fractionInParentheses() {
    Outcome<Change> c = PercentChange.relative(Rational.of(1, 3), Rational.of(1, 2));
    assertThat(amount(c)).isEqualTo(Rational.of(50));
    assertThat(c.explanation().brief()).isEqualTo("(0.5 − (1/3)) / (1/3) = +50.00%");
  }

  @Test
  void between_lossNarrowing_dividesByTheMagnitudeAndSaysSo() {
    Unit dollars = Unit.of("$MM");
    Quantity from = Quantity.of(new java.math.BigDecimal("-57.0"), dollars);
    Quantity to = Quantity.of(new java.math.BigDecimal("-40.3"), dollars);
    Outcome<Change> c =
        PercentChange.between(
            from, to, ChangeMeasure.RELATIVE, ChangeSense.CHANGE, Direction.HIGHER_IS_BETTER);
    // (−40.3 + 57.0) / 57.0 × 100 = 16.7 / 0.57
    assertThat(amount(c)).isEqualTo(Rational.of(1670, 57));
    assertThat(c.value().isAgainstNegativeReference()).isTrue();
    assertThat(c.explanation().formula()).isEqualTo("(new − old) / |old|");
    assertThat(c.explanation().brief())
        .isEqualTo(
            "(−40.3 − (−57.0)) / |−57.0| = +29.30% (divided by |old|: the old value is negative)");
    Outcome<Change> improvement =
        PercentChange.between(
            from, to, ChangeMeasure.RELATIVE, ChangeSense.IMPROVEMENT, Direction.HIGHER_IS_BETTER);
    assertThat(amount(improvement)).isEqualTo(Rational.of(1670, 57));
  }

  @Test
  void relative_lossWidening_isNegative() {
    Outcome<Change> c = PercentChange.relative(Rational.of(-40), Rational.of(-50));
    assertThat(amount(c)).isEqualTo(Rational.of(-25));
    assertThat(c.value().isAgainstNegativeReference()).isTrue();
    assertThat(PercentChange.relative(Rational.of(40), Rational.of(50)).value())
        .matches(x -> !x.isAgainstNegativeReference());
  }

  @Test
  void between_figuresAcrossZeroOrFromZero_undefinedWithTheFigures() {
    Unit loss = Unit.count("loss");
    // Figures of opposite signs have no relative change, whichever way round.
    Outcome<Change> across =
        PercentChange.between(
            Quantity.of("-5", loss),
            Quantity.of("3", loss),
            ChangeMeasure.RELATIVE,
            ChangeSense.CHANGE,
            Direction.HIGHER_IS_BETTER);
    assertThat(across.undefinedReason()).contains(UndefinedReason.CHANGE_CROSSES_ZERO);
    assertThat(across.explanation().brief())
        .isEqualTo("old = −5 and new = 3 have opposite signs = undefined (change crosses zero)");
    assertThat(
            PercentChange.between(
                    Quantity.of("5", loss),
                    Quantity.of("-3", loss),
                    ChangeMeasure.RELATIVE,
                    ChangeSense.CHANGE,
                    Direction.HIGHER_IS_BETTER)
                .undefinedReason())
        .contains(UndefinedReason.CHANGE_CROSSES_ZERO);
    // From zero, as an improvement of a lower-is-better metric: the formula is written flipped.
    Unit days = Unit.days();
    Outcome<Change> fromZero =
        PercentChange.between(
            Quantity.of("0", days),
            Quantity.of("4", days),
            ChangeMeasure.RELATIVE,
            ChangeSense.IMPROVEMENT,
            Direction.LOWER_IS_BETTER);
    assertThat(fromZero.undefinedReason()).contains(UndefinedReason.CHANGE_FROM_ZERO);
    assertThat(fromZero.explanation().brief())
        .isEqualTo("(old − new) / old with old = 0 = undefined (change from zero)");
    assertThat(
            PercentChange.between(
                    Quantity.of("0", days),
                    Quantity.of("4", days),
                    ChangeMeasure.RELATIVE,
                    ChangeSense.IMPROVEMENT,
                    Direction.HIGHER_IS_BETTER)
                .explanation()
                .brief())
        .isEqualTo("(new − old) / old with old = 0 = undefined (change from zero)");
  }

  @Test
  void relative_acrossZero_undefinedWithItsReason() {
    Outcome<Change> c = PercentChange.relative(Rational.of(-5), Rational.of(3));
    assertThat(c.undefinedReason()).contains(UndefinedReason.CHANGE_CROSSES_ZERO);
    assertThat(c.explanation().brief())
        .isEqualTo("old = −5 and new = 3 have opposite signs = undefined (change crosses zero)");
    assertThat(PercentChange.relative(Rational.of(5), Rational.of(-3)).undefinedReason())
        .contains(UndefinedReason.CHANGE_CROSSES_ZERO);
    assertThat(amount(PercentChange.relative(Rational.of(-5), Rational.ZERO)))
        .isEqualTo(Rational.of(100));
  }

  // between(Quantity, ...)

  @Test
  void between_developerSatisfaction_relative() {
    Outcome<Change> c =
        PercentChange.between(
            q("3.8", WikimediaDeck.OUT_OF_FIVE),
            q("3.4", WikimediaDeck.OUT_OF_FIVE),
            ChangeMeasure.RELATIVE,
            ChangeSense.CHANGE,
            Direction.HIGHER_IS_BETTER);
    assertThat(amount(c)).isEqualTo(Rational.of(-200, 19));
    assertThat(c.explanation().brief()).isEqualTo("(3.4 − 3.8) / 3.8 = -10.53%");
  }

  @Test
  void between_developerSatisfaction_exactlyMinusEightScalePoints() {
    Outcome<Change> c =
        PercentChange.between(
            q("3.8", WikimediaDeck.OUT_OF_FIVE),
            q("3.4", WikimediaDeck.OUT_OF_FIVE),
            ChangeMeasure.SCALE_POINTS,
            ChangeSense.CHANGE,
            Direction.HIGHER_IS_BETTER);
    assertThat(amount(c)).isEqualTo(Rational.of(-8));
    assertThat(Figures.change(c.value(), Rounding.of(0, RoundingMode.HALF_UP)))
        .isEqualTo("-8 points");
    Explanation e = c.explanation();
    assertThat(e.subject()).isEqualTo("scale-point change");
    assertThat(e.formula()).isEqualTo("(new − old) / 5 × 100");
    assertThat(e.brief()).isEqualTo("(3.4 − 3.8) / 5 × 100 = -8.00 points");
  }

  @Test
  void between_codeQuality_percentagePoints() {
    Outcome<Change> c =
        PercentChange.between(
            q("0", Unit.percent()),
            q("11.9", Unit.percent()),
            ChangeMeasure.PERCENTAGE_POINTS,
            ChangeSense.CHANGE,
            Direction.HIGHER_IS_BETTER);
    assertThat(amount(c)).isEqualTo(Rational.of(119, 10));
    assertThat(Figures.change(c.value(), Rounding.of(1, RoundingMode.HALF_UP)))
        .isEqualTo("+11.9 pp");
    Explanation e = c.explanation();
    assertThat(e.subject()).isEqualTo("percentage-point change");
    assertThat(e.formula()).isEqualTo("new − old");
    assertThat(e.brief()).isEqualTo("11.9 − 0 = +11.90 pp");
    // Zero is not negative: the change is not against a negative reference.
    assertThat(c.value().isAgainstNegativeReference()).isFalse();
  }

  @Test
  void between_codeQuality_relativeUndefinedFromZero() {
    Outcome<Change> c =
        PercentChange.between(
            q("0", Unit.percent()),
            q("11.9", Unit.percent()),
            ChangeMeasure.RELATIVE,
            ChangeSense.CHANGE,
            Direction.HIGHER_IS_BETTER);
    assertThat(c.undefinedReason()).contains(UndefinedReason.CHANGE_FROM_ZERO);
    assertThat(c.explanation().result()).isEqualTo("undefined (change from zero)");
  }

  @Test
  void between_codeReviewTime_changeAndImprovementOpposite() {
    Quantity from = q("19", Unit.days());
    Quantity to = q("21", Unit.days());
    Outcome<Change> change =
        PercentChange.between(
            from, to, ChangeMeasure.RELATIVE, ChangeSense.CHANGE, Direction.LOWER_IS_BETTER);
    Outcome<Change> improvement =
        PercentChange.between(
            from, to, ChangeMeasure.RELATIVE, ChangeSense.IMPROVEMENT, Direction.LOWER_IS_BETTER);
    assertThat(amount(change)).isEqualTo(Rational.of(200, 19));
    assertThat(amount(improvement)).isEqualTo(Rational.of(-200, 19));
    assertThat(change.explanation().brief()).isEqualTo("(21 − 19) / 19 = +10.53%");
    assertThat(improvement.explanation().subject()).isEqualTo("relative improvement");
    assertThat(improvement.explanation().formula()).isEqualTo("(old − new) / old");
    assertThat(improvement.explanation().brief()).isEqualTo("(19 − 21) / 19 = -10.53%");
  }

  @Test
  void between_improvementOfHigherIsBetter_sameAsChange() {
    Outcome<Change> improvement =
        PercentChange.between(
            q("1880", WikimediaDeck.MAINTAINERS),
            q("1919", WikimediaDeck.MAINTAINERS),
            ChangeMeasure.RELATIVE,
            ChangeSense.IMPROVEMENT,
            Direction.HIGHER_IS_BETTER);
    assertThat(amount(improvement)).isEqualTo(Rational.of(3900, 1880));
    assertThat(improvement.explanation().formula()).isEqualTo("(new − old) / old");
  }

  @Test
  void between_flippedScaleAndPercentagePointFormulas() {
    Outcome<Change> scale =
        PercentChange.between(
            q("3.8", WikimediaDeck.OUT_OF_FIVE),
            q("3.4", WikimediaDeck.OUT_OF_FIVE),
            ChangeMeasure.SCALE_POINTS,
            ChangeSense.IMPROVEMENT,
            Direction.LOWER_IS_BETTER);
    assertThat(amount(scale)).isEqualTo(Rational.of(8));
    assertThat(scale.explanation().brief()).isEqualTo("(3.8 − 3.4) / 5 × 100 = +8.00 points");
    Outcome<Change> points =
        PercentChange.between(
            q("4.76", Unit.percent()),
            q("11.9", Unit.percent()),
            ChangeMeasure.PERCENTAGE_POINTS,
            ChangeSense.IMPROVEMENT,
            Direction.LOWER_IS_BETTER);
    assertThat(amount(points)).isEqualTo(Rational.of(-714, 100));
    assertThat(points.explanation().formula()).isEqualTo("old − new");
    assertThat(points.explanation().brief()).isEqualTo("4.76 − 11.9 = -7.14 pp");
  }

  @Test
  void between_percentagePointsOfDays_undefinedNotAPercentage() {
    Outcome<Change> c =
        PercentChange.between(
            q("19", Unit.days()),
            q("21", Unit.days()),
            ChangeMeasure.PERCENTAGE_POINTS,
            ChangeSense.CHANGE,
            Direction.LOWER_IS_BETTER);
    assertThat(c.undefinedReason()).contains(UndefinedReason.NOT_A_PERCENTAGE);
    assertThat(c.explanation().brief())
        .isEqualTo("values are in days, not percent = undefined (not a percentage)");
  }

  @Test
  void between_scalePointsOfDays_undefinedNoScale() {
    Outcome<Change> c =
        PercentChange.between(
            q("19", Unit.days()),
            q("21", Unit.days()),
            ChangeMeasure.SCALE_POINTS,
            ChangeSense.CHANGE,
            Direction.LOWER_IS_BETTER);
    assertThat(c.undefinedReason()).contains(UndefinedReason.NO_SCALE);
    assertThat(c.explanation().brief())
        .isEqualTo(
            "values are in days, not a score on a scale = undefined (not a score on a scale)");
  }

  @Test
  void between_unitsDiffer_throws() {
    assertThatThrownBy(
            () ->
                PercentChange.between(
                    q("19", Unit.days()),
                    q("21", Unit.percent()),
                    ChangeMeasure.RELATIVE,
                    ChangeSense.CHANGE,
                    Direction.LOWER_IS_BETTER))
        .isInstanceOf(UnitMismatchException.class)
        .hasMessage("Units differ: days/percent");
  }

  // of(KeyResult, CheckIn, ChangeBasis)

  @Test
  void of_outstandingCodeReviews_q3AgainstBaseline_changeAndImprovement() {
    KeyResult k = WikimediaDeck.outstandingCodeReviews();
    CheckIn q3 = checkIn(k, Q3);
    Outcome<Change> change = PercentChange.of(k, q3, CHANGE_VS_BASELINE);
    Outcome<Change> improvement = PercentChange.of(k, q3, IMPROVEMENT_VS_BASELINE);
    assertThat(amount(change)).isEqualTo(Rational.of(1700, 1134));
    assertThat(amount(improvement)).isEqualTo(Rational.of(-1700, 1134));
    assertThat(Figures.change(change.value(), Rounding.of(3, RoundingMode.HALF_UP)))
        .isEqualTo("+1.499%");
    assertThat(improvement.explanation().subject())
        .isEqualTo("relative improvement against the baseline");
    assertThat(improvement.explanation().brief()).isEqualTo("(1134 − 1151) / 1134 = -1.50%");
  }

  @Test
  void of_outstandingCodeReviews_q1AgainstBaseline_sixtyOnePercentImprovement() {
    KeyResult k = WikimediaDeck.outstandingCodeReviews();
    CheckIn q1 = checkIn(k, Q1);
    Outcome<Change> change = PercentChange.of(k, q1, CHANGE_VS_BASELINE);
    Outcome<Change> improvement = PercentChange.of(k, q1, IMPROVEMENT_VS_BASELINE);
    assertThat(amount(change)).isEqualTo(Rational.of(-69200, 1134));
    assertThat(amount(improvement)).isEqualTo(Rational.of(69200, 1134));
    assertThat(Figures.change(change.value(), Rounding.DISPLAY)).isEqualTo("-61.02%");
    assertThat(Figures.change(improvement.value(), Rounding.DISPLAY)).isEqualTo("+61.02%");
  }

  @Test
  void of_cycleTime_againstBaselineAndPreviousPeriod() {
    KeyResult k = WikimediaDeck.cycleTime();
    Outcome<Change> q2 = PercentChange.of(k, checkIn(k, Q2), CHANGE_VS_BASELINE);
    Outcome<Change> q3 = PercentChange.of(k, checkIn(k, Q3), CHANGE_VS_BASELINE);
    Outcome<Change> q3VsQ2 = PercentChange.of(k, checkIn(k, Q3), CHANGE_VS_PREVIOUS);
    assertThat(amount(q2)).isEqualTo(Rational.of(-1300, 116));
    assertThat(Figures.change(q2.value(), Rounding.DISPLAY)).isEqualTo("-11.21%");
    assertThat(amount(q3)).isEqualTo(Rational.of(2400, 116));
    assertThat(Figures.change(q3.value(), Rounding.DISPLAY)).isEqualTo("+20.69%");
    assertThat(amount(q3VsQ2)).isEqualTo(Rational.of(3700, 103));
    assertThat(Figures.change(q3VsQ2.value(), Rounding.DISPLAY)).isEqualTo("+35.92%");
    assertThat(q3VsQ2.explanation().subject())
        .isEqualTo("relative change against the previous period");
    assertThat(q3VsQ2.explanation().brief()).isEqualTo("(14 − 10.3) / 10.3 = +35.92%");
  }

  @Test
  void of_codeReviewTime_q2AgainstBaseline() {
    KeyResult k = WikimediaDeck.codeReviewTime();
    CheckIn q2 = checkIn(k, Q2);
    assertThat(amount(PercentChange.of(k, q2, CHANGE_VS_BASELINE))).isEqualTo(Rational.of(200, 19));
    assertThat(amount(PercentChange.of(k, q2, IMPROVEMENT_VS_BASELINE)))
        .isEqualTo(Rational.of(-200, 19));
  }

  @Test
  void of_codeQuality_relativeFromZeroUndefined_percentagePointsDefined() {
    KeyResult k = WikimediaDeck.codeQuality();
    CheckIn q3 = checkIn(k, Q3);
    Outcome<Change> relative = PercentChange.of(k, q3, CHANGE_VS_BASELINE);
    Outcome<Change> points =
        PercentChange.of(
            k,
            q3,
            ChangeBasis.of(
                ChangeMeasure.PERCENTAGE_POINTS, ChangeReference.BASELINE, ChangeSense.CHANGE));
    assertThat(relative.undefinedReason()).contains(UndefinedReason.CHANGE_FROM_ZERO);
    assertThat(relative.explanation().subject()).isEqualTo("relative change against the baseline");
    assertThat(amount(points)).isEqualTo(Rational.of(119, 10));
  }

  @Test
  void of_developerSatisfaction_scalePointsAgainstBaseline() {
    KeyResult k = WikimediaDeck.developerSatisfaction();
    Outcome<Change> c =
        PercentChange.of(
            k,
            checkIn(k, Q3),
            ChangeBasis.of(
                ChangeMeasure.SCALE_POINTS, ChangeReference.BASELINE, ChangeSense.CHANGE));
    assertThat(amount(c)).isEqualTo(Rational.of(-8));
  }

  @Test
  void of_firstCheckInAgainstPreviousPeriod_undefinedNoPreviousValue() {
    KeyResult k = WikimediaDeck.outstandingCodeReviews();
    Outcome<Change> c = PercentChange.of(k, checkIn(k, Q1), CHANGE_VS_PREVIOUS);
    assertThat(c.undefinedReason()).contains(UndefinedReason.NO_PREVIOUS_VALUE);
    assertThat(c.explanation().brief())
        .isEqualTo("no value in the period before FY2019/20 Q1 = undefined (no previous value)");
  }

  @Test
  void of_previousCheckInWithoutValue_undefinedNoPreviousValue() {
    KeyResult k =
        WikimediaDeck.measured(
                "cycle-time",
                Unit.days(),
                Direction.LOWER_IS_BETTER,
                "11.6",
                Target.toBeDetermined())
            .addCheckIns(
                CheckIn.of(Q2, CheckInState.NO_CHANGE), CheckIn.of(Q3, q("14", Unit.days())))
            .build();
    Outcome<Change> c = PercentChange.of(k, checkIn(k, Q3), CHANGE_VS_PREVIOUS);
    assertThat(c.undefinedReason()).contains(UndefinedReason.NO_PREVIOUS_VALUE);
  }

  @Test
  void of_checkInWithoutValue_undefinedNoValue() {
    KeyResult k =
        WikimediaDeck.measured(
                "cycle-time",
                Unit.days(),
                Direction.LOWER_IS_BETTER,
                "11.6",
                Target.toBeDetermined())
            .addCheckIns(CheckIn.of(Q2, CheckInState.NO_CHANGE))
            .build();
    Outcome<Change> c = PercentChange.of(k, checkIn(k, Q2), CHANGE_VS_BASELINE);
    assertThat(c.undefinedReason()).contains(UndefinedReason.NO_VALUE);
    assertThat(c.explanation().brief())
        .isEqualTo("check-in for FY2019/20 Q2 reports no value = undefined (no measured value)");
  }

  @Test
  void of_noBaseline_undefinedNoBaseline() {
    KeyResult k =
        KeyResult.builder()
            .id("independent-devs")
            .statement("X% increase of independent developers")
            .target(Target.toBeDetermined())
            .addCheckIns(CheckIn.of(Q3, Quantity.exact(146, Unit.count("developers"))))
            .build();
    Outcome<Change> c = PercentChange.of(k, checkIn(k, Q3), CHANGE_VS_BASELINE);
    assertThat(c.undefinedReason()).contains(UndefinedReason.NO_BASELINE);
    assertThat(c.explanation().brief())
        .isEqualTo("key result independent-devs has no baseline = undefined (no baseline)");
  }

  @Test
  void of_noMetric_readAsHigherIsBetter() {
    KeyResult k =
        KeyResult.builder()
            .id("independent-devs")
            .statement("X% increase of independent developers")
            .target(Target.toBeDetermined())
            .addCheckIns(
                CheckIn.of(Q2, Quantity.exact(200, Unit.count())),
                CheckIn.of(Q3, Quantity.exact(150, Unit.count())))
            .build();
    Outcome<Change> c =
        PercentChange.of(
            k,
            checkIn(k, Q3),
            ChangeBasis.of(
                ChangeMeasure.RELATIVE, ChangeReference.PREVIOUS_PERIOD, ChangeSense.IMPROVEMENT));
    assertThat(amount(c)).isEqualTo(Rational.of(-25));
  }

  @Test
  void of_checkInOfAnotherKeyResult_refused() {
    KeyResult k = WikimediaDeck.toolMaintainers();
    CheckIn other = CheckIn.of(Q4, q("1950", WikimediaDeck.MAINTAINERS));
    assertThatThrownBy(() -> PercentChange.of(k, other, CHANGE_VS_BASELINE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("check-in for FY2019/20 Q4 is not a check-in of key result tool-maintainers");
  }

  @Test
  void of_checkInWithoutValueOfAnotherKeyResult_refusedOnEitherReference() {
    KeyResult k = WikimediaDeck.toolMaintainers();
    CheckIn other = CheckIn.of(Q4, CheckInState.IN_PROGRESS);
    String message = "check-in for FY2019/20 Q4 is not a check-in of key result tool-maintainers";
    assertThatThrownBy(() -> PercentChange.of(k, other, CHANGE_VS_BASELINE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> PercentChange.of(k, other, CHANGE_VS_PREVIOUS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void of_equalCopyOfTheCheckIn_isTheKeyResults() {
    KeyResult k = WikimediaDeck.toolMaintainers();
    // Tool maintainers, baseline 1880, Q3 1919: (1919 − 1880) / 1880 = 39/1880 = 2.07…%, ×100.
    CheckIn copy = CheckIn.of(Q3, q("1919", WikimediaDeck.MAINTAINERS));
    assertThat(amount(PercentChange.of(k, copy, CHANGE_VS_BASELINE)))
        .isEqualTo(Rational.of(39 * 100, 1880));
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicStaticMethods(PercentChange.class);
  }
}

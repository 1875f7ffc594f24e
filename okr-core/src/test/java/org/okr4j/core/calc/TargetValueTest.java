package org.okr4j.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.testing.WikimediaDeck.Q3;
import static org.okr4j.core.testing.WikimediaDeck.q;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.Boundary;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeTarget;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.testing.CalcTesting;
import org.okr4j.core.testing.WikimediaDeck;

class TargetValueTest {
  private static ChangeTarget change(ChangeMeasure measure, String amount) {
    return ChangeTarget.of(measure, new BigDecimal(amount));
  }

  private static KeyResult withTarget(Unit unit, String baseline, Target target) {
    return WikimediaDeck.measured("kr", unit, Direction.HIGHER_IS_BETTER, baseline, target).build();
  }

  // ofChange

  @Test
  void ofChange_codeReviewTime_twoPercentOf19Is18Point62Exactly() {
    Outcome<Rational> v =
        TargetValue.ofChange(change(ChangeMeasure.RELATIVE, "-2"), q("19", Unit.days()));
    assertThat(v.value()).isEqualTo(Rational.of(1862, 100));
    Explanation e = v.explanation();
    assertThat(e.subject()).isEqualTo("target value");
    assertThat(e.formula()).isEqualTo("baseline × (1 + change / 100)");
    assertThat(e.brief()).isEqualTo("19 × (1 + (−2) / 100) = 18.62");
  }

  @Test
  void ofChange_negativeBaseline_movesByTheMagnitude() {
    // a loss of −57.0 improved by 10%: −57.0 + |−57.0| × 10 / 100 = −51.3
    Outcome<Rational> v =
        TargetValue.ofChange(change(ChangeMeasure.RELATIVE, "10"), q("-57.0", Unit.count()));
    assertThat(v.value()).isEqualTo(Rational.of(-513, 10));
    assertThat(v.explanation().formula()).isEqualTo("baseline + |baseline| × change / 100");
    assertThat(v.explanation().brief()).isEqualTo("−57.0 + |−57.0| × 10 / 100 = -51.3");
  }

  @Test
  void ofChange_toolMaintainers_fivePercentOf1880Is1974() {
    Outcome<Rational> v =
        TargetValue.ofChange(
            change(ChangeMeasure.RELATIVE, "5"), q("1880", WikimediaDeck.MAINTAINERS));
    assertThat(v.value()).isEqualTo(Rational.of(1974));
    assertThat(v.explanation().brief()).isEqualTo("1880 × (1 + 5 / 100) = 1974");
  }

  @Test
  void ofChange_percentagePoints() {
    Outcome<Rational> v =
        TargetValue.ofChange(change(ChangeMeasure.PERCENTAGE_POINTS, "25"), q("0", Unit.percent()));
    assertThat(v.value()).isEqualTo(Rational.of(25));
    assertThat(v.explanation().formula()).isEqualTo("baseline + change");
    assertThat(v.explanation().brief()).isEqualTo("0 + 25 = 25");
  }

  @Test
  void ofChange_scalePoints_developerSatisfaction() {
    Outcome<Rational> v =
        TargetValue.ofChange(
            change(ChangeMeasure.SCALE_POINTS, "4"), q("3.8", WikimediaDeck.OUT_OF_FIVE));
    assertThat(v.value()).isEqualTo(Rational.of(4));
    assertThat(v.explanation().formula()).isEqualTo("baseline + change / 100 × scale");
    assertThat(v.explanation().brief()).isEqualTo("3.8 + 4 / 100 × 5 = 4");
  }

  @Test
  void ofChange_relativeFromZero_undefinedChangeFromZero() {
    Outcome<Rational> v =
        TargetValue.ofChange(change(ChangeMeasure.RELATIVE, "25"), q("0", Unit.percent()));
    assertThat(v.undefinedReason()).contains(UndefinedReason.CHANGE_FROM_ZERO);
    assertThat(v.explanation().brief())
        .isEqualTo("a relative change of 25% from 0 = undefined (change from zero)");
  }

  @Test
  void ofChange_percentagePointsOfDays_undefinedNotAPercentage() {
    Outcome<Rational> v =
        TargetValue.ofChange(change(ChangeMeasure.PERCENTAGE_POINTS, "2"), q("19", Unit.days()));
    assertThat(v.undefinedReason()).contains(UndefinedReason.NOT_A_PERCENTAGE);
    assertThat(v.explanation().brief())
        .isEqualTo("baseline in days = undefined (not a percentage)");
  }

  @Test
  void ofChange_scalePointsOfDays_undefinedNoScale() {
    Outcome<Rational> v =
        TargetValue.ofChange(change(ChangeMeasure.SCALE_POINTS, "2"), q("19", Unit.days()));
    assertThat(v.undefinedReason()).contains(UndefinedReason.NO_SCALE);
    assertThat(v.explanation().result()).isEqualTo("undefined (not a score on a scale)");
  }

  // of(KeyResult)

  @Test
  void of_valueTarget() {
    Outcome<Rational> v = TargetValue.of(WikimediaDeck.toolMaintainers());
    assertThat(v.value()).isEqualTo(Rational.of(1974));
    assertThat(v.explanation().formula()).isEqualTo("the value to reach");
    assertThat(v.explanation().brief()).isEqualTo("1974 maintainers = 1974");
  }

  @Test
  void of_changeTarget_resolvedAgainstBaseline() {
    assertThat(TargetValue.of(WikimediaDeck.codeReviewTime()).value())
        .isEqualTo(Rational.of(1862, 100));
    assertThat(TargetValue.of(WikimediaDeck.toolMaintainersFivePercent()).value())
        .isEqualTo(Rational.of(1974));
  }

  @Test
  void of_changeTarget_noBaseline_undefined() {
    KeyResult k =
        KeyResult.builder()
            .id("cycle-time")
            .statement("cycle time")
            .metric(Metric.of("cycle time", Unit.days(), Direction.LOWER_IS_BETTER))
            .target(Target.relativeChange(new BigDecimal("-10")))
            .build();
    Outcome<Rational> v = TargetValue.of(k);
    assertThat(v.undefinedReason()).contains(UndefinedReason.NO_BASELINE);
    assertThat(v.explanation().brief())
        .isEqualTo("key result cycle-time has no baseline = undefined (no baseline)");
  }

  @Test
  void of_milestone_percentComplete() {
    Outcome<Rational> v = TargetValue.of(WikimediaDeck.apiLimiting());
    assertThat(v.value()).isEqualTo(Rational.of(100));
    assertThat(v.explanation().brief()).isEqualTo("100% = 100%");
  }

  @Test
  void of_zoned_targetValue() {
    Unit m = WikimediaDeck.MAINTAINERS;
    KeyResult k = withTarget(m, "1880", Target.zones(q("1900", m), q("1974", m), q("2000", m)));
    assertThat(TargetValue.of(k).value()).isEqualTo(Rational.of(1974));
  }

  @Test
  void of_thresholdBandBinaryComposite_notAValueTarget() {
    Unit min = Unit.minutes();
    KeyResult threshold =
        withTarget(min, "15", Target.staysBelow(q("13.2", min), Boundary.EXCLUSIVE));
    KeyResult band = withTarget(min, "15", Target.between(q("10", min), q("13.2", min)));
    KeyResult composite = WikimediaDeck.internships();
    KeyResult binary = WikimediaDeck.falsePositiveReporting();
    assertThat(TargetValue.of(threshold).explanation().brief())
        .isEqualTo("the target is a threshold = undefined (target is not a single value)");
    assertThat(TargetValue.of(band).explanation().substituted()).isEqualTo("the target is a band");
    assertThat(TargetValue.of(binary).explanation().substituted())
        .isEqualTo("the target is done or not done");
    assertThat(TargetValue.of(composite).explanation().substituted())
        .isEqualTo("the target is several parts");
    for (KeyResult k : List.of(threshold, band, binary, composite)) {
      assertThat(TargetValue.of(k).undefinedReason()).contains(UndefinedReason.NOT_A_VALUE_TARGET);
    }
  }

  @Test
  void of_undetermined_targetNotSet() {
    Outcome<Rational> v = TargetValue.of(WikimediaDeck.outstandingCodeReviews());
    assertThat(v.undefinedReason()).contains(UndefinedReason.TARGET_NOT_SET);
    assertThat(v.explanation().brief()).isEqualTo("X% (TBD) = undefined (target not set)");
    KeyResult unprinted = withTarget(Unit.count(), "146", Target.toBeDetermined());
    assertThat(TargetValue.of(unprinted).explanation().substituted()).isEqualTo("to be determined");
  }

  @Test
  void of_qualitative_targetNotMeasurable() {
    KeyResult k =
        KeyResult.builder()
            .id("formats")
            .statement("formats")
            .target(Target.qualitative("3 formats developed and tested"))
            .addCheckIns(CheckIn.of(Q3, CheckInState.IN_PROGRESS))
            .build();
    Outcome<Rational> v = TargetValue.of(k);
    assertThat(v.undefinedReason()).contains(UndefinedReason.TARGET_NOT_MEASURABLE);
    assertThat(v.explanation().brief())
        .isEqualTo("3 formats developed and tested = undefined (target not measurable)");
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester()
        .setDefault(ChangeTarget.class, change(ChangeMeasure.RELATIVE, "5"))
        .setDefault(Quantity.class, q("1880", WikimediaDeck.MAINTAINERS))
        .testAllPublicStaticMethods(TargetValue.class);
  }
}

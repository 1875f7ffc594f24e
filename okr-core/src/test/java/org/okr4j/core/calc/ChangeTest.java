package org.okr4j.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.testing.ValueClassAssertions.assertHashesSpread;

import org.junit.jupiter.api.Test;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.testing.CalcTesting;

class ChangeTest {
  /** Tool maintainers 1880 → 1919: 39/1880 × 100 = 195/94 percent. */
  private static final Change TOOL_MAINTAINERS =
      Change.of(ChangeMeasure.RELATIVE, ChangeSense.CHANGE, Rational.of(195, 94));

  @Test
  void of_keepsMeasureSenseAndAmount() {
    assertThat(TOOL_MAINTAINERS.measure()).isEqualTo(ChangeMeasure.RELATIVE);
    assertThat(TOOL_MAINTAINERS.sense()).isEqualTo(ChangeSense.CHANGE);
    assertThat(TOOL_MAINTAINERS.amount()).isEqualTo(Rational.of(195, 94));
  }

  @Test
  void asFraction_isAmountOverHundred() {
    assertThat(TOOL_MAINTAINERS.asFraction()).isEqualTo(Rational.of(39, 1880));
    Change satisfaction =
        Change.of(ChangeMeasure.SCALE_POINTS, ChangeSense.CHANGE, Rational.of(-8));
    assertThat(satisfaction.asFraction()).isEqualTo(Rational.of(-2, 25));
  }

  @Test
  void asFraction_takesBaselineToNewValue() {
    Rational baseline = Rational.of(1880);
    assertThat(baseline.multipliedBy(Rational.ONE.plus(TOOL_MAINTAINERS.asFraction())))
        .isEqualTo(Rational.of(1919));
  }

  @Test
  void equalsAndHashCode_measureSenseAndAmount() {
    assertThat(Change.of(ChangeMeasure.RELATIVE, ChangeSense.CHANGE, Rational.of(3900, 1880)))
        .isEqualTo(TOOL_MAINTAINERS)
        .hasSameHashCodeAs(TOOL_MAINTAINERS);
    assertThat(Change.of(ChangeMeasure.PERCENTAGE_POINTS, ChangeSense.CHANGE, Rational.of(195, 94)))
        .isNotEqualTo(TOOL_MAINTAINERS);
    assertThat(Change.of(ChangeMeasure.RELATIVE, ChangeSense.IMPROVEMENT, Rational.of(195, 94)))
        .isNotEqualTo(TOOL_MAINTAINERS);
    assertThat(Change.of(ChangeMeasure.RELATIVE, ChangeSense.CHANGE, Rational.of(2)))
        .isNotEqualTo(TOOL_MAINTAINERS);
    assertThat(TOOL_MAINTAINERS).isNotEqualTo(Rational.of(195, 94));
  }

  @Test
  void toString_measureSenseAmount() {
    assertThat(TOOL_MAINTAINERS).hasToString("RELATIVE CHANGE 195/94");
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicStaticMethods(Change.class);
    CalcTesting.nullPointerTester().testAllPublicInstanceMethods(TOOL_MAINTAINERS);
  }

  @Test
  void immutable() {
    CalcTesting.assertImmutableClass(Change.class);
  }

  @Test
  void hashCode_spreadsUnequalChanges() {
    assertHashesSpread(
        TOOL_MAINTAINERS,
        Change.of(ChangeMeasure.PERCENTAGE_POINTS, ChangeSense.CHANGE, Rational.of(195, 94)),
        Change.of(ChangeMeasure.RELATIVE, ChangeSense.IMPROVEMENT, Rational.of(195, 94)),
        Change.of(ChangeMeasure.RELATIVE, ChangeSense.CHANGE, Rational.of(2)));
  }
}

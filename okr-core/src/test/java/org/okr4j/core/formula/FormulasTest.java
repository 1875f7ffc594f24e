package org.okr4j.core.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.Direction;
import org.okr4j.core.quantity.Interval;
import org.okr4j.core.quantity.Rational;

class FormulasTest {
  private static final Arithmetic<Rational> EXACT = Arithmetic.EXACT;
  private static final Optional<Rational> FIVE = Optional.of(Rational.of(5));

  private static Rational r(String decimal) {
    return Rational.of(new java.math.BigDecimal(decimal));
  }

  @Test
  void change_relative_toolMaintainers() {
    assertThat(
            Formulas.change(EXACT, ChangeMeasure.RELATIVE, r("1880"), r("1919"), Optional.empty()))
        .isEqualTo(Rational.of(3900, 1880));
  }

  @Test
  void change_percentagePoints_codeQuality() {
    assertThat(
            Formulas.change(
                EXACT, ChangeMeasure.PERCENTAGE_POINTS, r("0"), r("11.9"), Optional.empty()))
        .isEqualTo(r("11.9"));
  }

  @Test
  void change_scalePoints_developerSatisfaction() {
    assertThat(Formulas.change(EXACT, ChangeMeasure.SCALE_POINTS, r("3.8"), r("3.4"), FIVE))
        .isEqualTo(Rational.of(-8));
  }

  @Test
  void change_scalePointsWithoutScale_refused() {
    assertThatThrownBy(
            () ->
                Formulas.change(
                    EXACT, ChangeMeasure.SCALE_POINTS, r("3.8"), r("3.4"), Optional.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("points of a scale need the scale's maximum");
  }

  @Test
  void applyChange_undoesChange() {
    assertThat(
            Formulas.applyChange(
                EXACT, ChangeMeasure.RELATIVE, r("19"), Rational.of(-2), Optional.empty()))
        .isEqualTo(r("18.62"));
    assertThat(
            Formulas.applyChange(
                EXACT, ChangeMeasure.PERCENTAGE_POINTS, r("4.76"), r("7.14"), Optional.empty()))
        .isEqualTo(r("11.9"));
    assertThat(Formulas.applyChange(EXACT, ChangeMeasure.SCALE_POINTS, r("3.8"), r("-8"), FIVE))
        .isEqualTo(r("3.4"));
    assertThatThrownBy(
            () ->
                Formulas.applyChange(
                    EXACT, ChangeMeasure.SCALE_POINTS, r("3.8"), r("4"), Optional.empty()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void inSense_flipsOnlyImprovementOfLowerIsBetter() {
    Rational c = Rational.of(200, 19);
    assertThat(Formulas.inSense(EXACT, c, ChangeSense.IMPROVEMENT, Direction.LOWER_IS_BETTER))
        .isEqualTo(c.negated());
    assertThat(Formulas.inSense(EXACT, c, ChangeSense.CHANGE, Direction.LOWER_IS_BETTER))
        .isEqualTo(c);
    assertThat(Formulas.inSense(EXACT, c, ChangeSense.IMPROVEMENT, Direction.HIGHER_IS_BETTER))
        .isEqualTo(c);
    assertThat(Formulas.inSense(EXACT, c, ChangeSense.CHANGE, Direction.HIGHER_IS_BETTER))
        .isEqualTo(c);
  }

  @Test
  void share_ratioAndPercent() {
    assertThat(Formulas.share(EXACT, r("238.9"), r("959.4"), false))
        .isEqualTo(Rational.of(2389, 9594));
    assertThat(Formulas.share(EXACT, r("31.2"), r("60"), true)).isEqualTo(Rational.of(52));
  }

  @Test
  void change_overIntervals_containsEveryValueTheRoundedFiguresAllow() {
    // 3.8 and 3.4 stated to one decimal: [3.75, 3.85] and [3.35, 3.45].
    Interval from = Interval.around(r("3.8"), r("0.05"));
    Interval to = Interval.around(r("3.4"), r("0.05"));
    Interval points =
        Formulas.change(Arithmetic.INTERVALS, ChangeMeasure.SCALE_POINTS, from, to, FIVE);
    assertThat(points).isEqualTo(Interval.between(Rational.of(-10), Rational.of(-6)));
    Interval relative =
        Formulas.change(Arithmetic.INTERVALS, ChangeMeasure.RELATIVE, from, to, Optional.empty());
    assertThat(relative.contains(Rational.of(-200, 19))).isTrue();
    assertThat(relative.lower())
        .isEqualTo(
            r("3.35").dividedBy(r("3.85")).minus(Rational.ONE).multipliedBy(Rational.ONE_HUNDRED));
    assertThat(relative.upper())
        .isEqualTo(
            r("3.45").dividedBy(r("3.75")).minus(Rational.ONE).multipliedBy(Rational.ONE_HUNDRED));
  }

  @Test
  void utilityClass() throws NoSuchMethodException {
    assertThat(Modifier.isFinal(Formulas.class.getModifiers())).isTrue();
    assertThat(Modifier.isPrivate(Formulas.class.getDeclaredConstructor().getModifiers())).isTrue();
  }

  @Test
  void applyChange_relative_overABaseAroundZero_holdsEveryValue() {
    // b in [−1/2, 1/2], +10%: b + |b| × 10 / 100 ranges from −1/2 × 0.9 = −0.45 to 1/2 × 1.1 =
    // 0.55; the interval result must hold both ends.
    Interval base = Interval.between(Rational.of(-1, 2), Rational.of(1, 2));
    Interval result =
        Formulas.applyChange(
            Arithmetic.INTERVALS,
            ChangeMeasure.RELATIVE,
            base,
            Interval.of(Rational.of(10)),
            Optional.empty());
    assertThat(result.contains(Rational.of(55, 100))).isTrue();
    assertThat(result.contains(Rational.of(-45, 100))).isTrue();
  }
}

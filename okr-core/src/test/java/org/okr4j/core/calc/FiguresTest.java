package org.okr4j.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.testing.WikimediaDeck.q;

import java.lang.reflect.Modifier;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.testing.CalcTesting;
import org.okr4j.core.testing.WikimediaDeck;

class FiguresTest {
  private static final Rounding WHOLE = Rounding.of(0, RoundingMode.HALF_UP);
  private static final Rounding ONE_DECIMAL = Rounding.of(1, RoundingMode.HALF_UP);

  @Test
  void decimal_roundsAndPrintsPlain() {
    assertThat(Figures.decimal(Rational.of(3900, 94), Rounding.DISPLAY)).isEqualTo("41.49");
    assertThat(Figures.decimal(Rational.of(1974), Rounding.of(-2, RoundingMode.HALF_UP)))
        .isEqualTo("2000");
    assertThat(Figures.decimal(Rational.of(-1, 3), Rounding.DISPLAY)).isEqualTo("-0.33");
  }

  @Test
  void fractionAsPercent_toolMaintainersProgress() {
    assertThat(Figures.fractionAsPercent(Rational.of(39, 94), Rounding.DISPLAY))
        .isEqualTo("41.49%");
  }

  @Test
  void fractionAsPercent_overAchievementKept() {
    assertThat(Figures.fractionAsPercent(Rational.of(11, 8), Rounding.DISPLAY))
        .isEqualTo("137.50%");
    assertThat(Figures.fractionAsPercent(Rational.of(11, 8), ONE_DECIMAL)).isEqualTo("137.5%");
  }

  @Test
  void fractionAsPercent_negativeProgress() {
    assertThat(Figures.fractionAsPercent(Rational.of(-1, 2), WHOLE)).isEqualTo("-50%");
  }

  @Test
  void change_relative_plusSignAndPercent() {
    Change c = Change.of(ChangeMeasure.RELATIVE, ChangeSense.CHANGE, Rational.of(3900, 1880));
    assertThat(Figures.change(c, Rounding.DISPLAY)).isEqualTo("+2.07%");
  }

  @Test
  void change_relativeDecrease_minusSign() {
    Change c = Change.of(ChangeMeasure.RELATIVE, ChangeSense.CHANGE, Rational.of(-400, 38));
    assertThat(Figures.change(c, Rounding.DISPLAY)).isEqualTo("-10.53%");
  }

  @Test
  void change_scalePoints_points() {
    Change c = Change.of(ChangeMeasure.SCALE_POINTS, ChangeSense.CHANGE, Rational.of(-8));
    assertThat(Figures.change(c, WHOLE)).isEqualTo("-8 points");
  }

  @Test
  void change_percentagePoints_pp() {
    Change c = Change.of(ChangeMeasure.PERCENTAGE_POINTS, ChangeSense.CHANGE, Rational.of(119, 10));
    assertThat(Figures.change(c, ONE_DECIMAL)).isEqualTo("+11.9 pp");
  }

  @Test
  void change_zero_noSign() {
    Change c = Change.of(ChangeMeasure.RELATIVE, ChangeSense.CHANGE, Rational.ZERO);
    assertThat(Figures.change(c, Rounding.DISPLAY)).isEqualTo("0.00%");
  }

  @Test
  void change_tinyDecreaseRoundingToZero_noMinusZero() {
    Change c = Change.of(ChangeMeasure.RELATIVE, ChangeSense.CHANGE, Rational.of(-1, 1000));
    assertThat(Figures.change(c, Rounding.DISPLAY)).isEqualTo("0.00%");
  }

  @Test
  void quantity_withUnit() {
    assertThat(Figures.quantity(q("17", Unit.days()))).isEqualTo("17 days");
    assertThat(Figures.quantity(q("24.9", Unit.percent()))).isEqualTo("24.9%");
    assertThat(Figures.quantity(q("3.4", WikimediaDeck.OUT_OF_FIVE))).isEqualTo("3.4/5");
    assertThat(Figures.quantity(Quantity.exact(1134, Unit.count()))).isEqualTo("1134");
    assertThat(Figures.quantity(q("8", WikimediaDeck.TOOLS))).isEqualTo("8 tools");
  }

  @Test
  void quantity_keepsStatedDigits() {
    assertThat(Figures.quantity(q("3.80", WikimediaDeck.OUT_OF_FIVE))).isEqualTo("3.80/5");
  }

  @Test
  void exact_terminatingAsDecimal() {
    assertThat(Figures.exact(Rational.of(1862, 100))).isEqualTo("18.62");
    assertThat(Figures.exact(Rational.of(1974))).isEqualTo("1974");
    assertThat(Figures.exact(Rational.of(-8))).isEqualTo("-8");
    assertThat(Figures.exact(Rational.of(11, 8))).isEqualTo("1.375");
  }

  @Test
  void exact_nonTerminatingAsFraction() {
    assertThat(Figures.exact(Rational.of(39, 94))).isEqualTo("39/94");
    assertThat(Figures.exact(Rational.of(-1, 3))).isEqualTo("-1/3");
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicStaticMethods(Figures.class);
  }

  @Test
  void utilityClass_cannotBeInstantiated() throws NoSuchMethodException {
    assertThat(Modifier.isFinal(Figures.class.getModifiers())).isTrue();
    assertThat(Modifier.isPrivate(Figures.class.getDeclaredConstructor().getModifiers())).isTrue();
  }
}

package org.okr4j.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.ValueClassAssertions.assertHashesSpread;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.testing.CalcTesting;

class RoundingTest {
  /** Tool maintainers: progress 39/94 in percent, 41.489…%. */
  private static final Rational TOOL_MAINTAINERS_PERCENT = Rational.of(3900, 94);

  /** Outstanding code reviews 1134 → 1151: +17/1134 × 100 = 1.4991…%. */
  private static final Rational CODE_REVIEWS_PERCENT = Rational.of(1700, 1134);

  @Test
  void display_isTwoDecimalsHalfUp() {
    assertThat(Rounding.DISPLAY.decimals()).isEqualTo(2);
    assertThat(Rounding.DISPLAY.mode()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(Rounding.DISPLAY).isEqualTo(Rounding.of(2, RoundingMode.HALF_UP));
  }

  @Test
  void round_toolMaintainersProgress_halfUp() {
    assertThat(Rounding.DISPLAY.round(TOOL_MAINTAINERS_PERCENT)).isEqualTo(new BigDecimal("41.49"));
  }

  @Test
  void round_outstandingCodeReviews_halfUpGivesOnePointFive() {
    assertThat(Rounding.of(1, RoundingMode.HALF_UP).round(CODE_REVIEWS_PERCENT))
        .isEqualTo(new BigDecimal("1.5"));
  }

  @Test
  void round_outstandingCodeReviews_downTruncatesToOnePointFourAsTheDeckDid() {
    assertThat(Rounding.of(1, RoundingMode.DOWN).round(CODE_REVIEWS_PERCENT))
        .isEqualTo(new BigDecimal("1.4"));
    assertThat(Rounding.of(1, RoundingMode.DOWN).round(CODE_REVIEWS_PERCENT.negated()))
        .isEqualTo(new BigDecimal("-1.4"));
  }

  @Test
  void round_tie_halfUpAwayFromZeroHalfEvenToEven() {
    Rational tie = Rational.of(125, 1000);
    assertThat(Rounding.of(2, RoundingMode.HALF_UP).round(tie)).isEqualTo(new BigDecimal("0.13"));
    assertThat(Rounding.of(2, RoundingMode.HALF_EVEN).round(tie)).isEqualTo(new BigDecimal("0.12"));
    assertThat(Rounding.of(2, RoundingMode.DOWN).round(tie)).isEqualTo(new BigDecimal("0.12"));
    assertThat(Rounding.of(2, RoundingMode.HALF_UP).round(tie.negated()))
        .isEqualTo(new BigDecimal("-0.13"));
    assertThat(Rounding.of(2, RoundingMode.HALF_EVEN).round(Rational.of(135, 1000)))
        .isEqualTo(new BigDecimal("0.14"));
  }

  @Test
  void round_keepsExactlyTheDecimals() {
    assertThat(Rounding.DISPLAY.round(Rational.of(3)).toPlainString()).isEqualTo("3.00");
    assertThat(Rounding.of(0, RoundingMode.HALF_UP).round(Rational.of(-8)).toPlainString())
        .isEqualTo("-8");
  }

  @Test
  void round_negativeDecimals_roundsToHundreds() {
    Rounding hundreds = Rounding.of(-2, RoundingMode.HALF_UP);
    assertThat(hundreds.round(Rational.of(1974)).toPlainString()).isEqualTo("2000");
    assertThat(hundreds.round(Rational.of(1949)).toPlainString()).isEqualTo("1900");
  }

  @Test
  void round_unnecessary_exactValuePasses() {
    Rounding exact = Rounding.of(2, RoundingMode.UNNECESSARY);
    assertThat(exact.round(Rational.of(1862, 100))).isEqualTo(new BigDecimal("18.62"));
  }

  @Test
  void round_unnecessary_refusesAndNamesTheScale() {
    Rounding exact = Rounding.of(2, RoundingMode.UNNECESSARY);
    assertThatThrownBy(() -> exact.round(Rational.of(39, 94)))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("39/94")
        .hasMessageContaining("2 decimal places");
  }

  @Test
  void round_bigDecimal_sameAsRational() {
    Rounding r = Rounding.of(1, RoundingMode.HALF_EVEN);
    assertThat(r.round(new BigDecimal("10.25"))).isEqualTo(new BigDecimal("10.2"));
    assertThat(r.round(new BigDecimal("10.25"))).isEqualTo(r.round(Rational.of(1025, 100)));
  }

  @Test
  void unitInLastPlace_isTenToTheMinusDecimals() {
    assertThat(Rounding.of(1, RoundingMode.DOWN).unitInLastPlace()).isEqualTo(Rational.of(1, 10));
    assertThat(Rounding.of(0, RoundingMode.DOWN).unitInLastPlace()).isEqualTo(Rational.ONE);
    assertThat(Rounding.of(-2, RoundingMode.DOWN).unitInLastPlace()).isEqualTo(Rational.of(100));
  }

  @ParameterizedTest
  @ValueSource(ints = {-50, 0, 50})
  void of_decimalsWithinLimits(int decimals) {
    assertThat(Rounding.of(decimals, RoundingMode.FLOOR).decimals()).isEqualTo(decimals);
  }

  @ParameterizedTest
  @ValueSource(ints = {-51, 51, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void of_decimalsOutsideLimits_refused(int decimals) {
    assertThatThrownBy(() -> Rounding.of(decimals, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decimals (" + decimals + ") must be within ±50");
  }

  @Test
  void withMode_sameMode_returnsThis() {
    assertThat(Rounding.DISPLAY.withMode(RoundingMode.HALF_UP)).isSameAs(Rounding.DISPLAY);
  }

  @Test
  void withMode_otherMode_keepsDecimals() {
    Rounding down = Rounding.DISPLAY.withMode(RoundingMode.DOWN);
    assertThat(down.decimals()).isEqualTo(2);
    assertThat(down.mode()).isEqualTo(RoundingMode.DOWN);
    assertThat(Rounding.DISPLAY.mode()).isEqualTo(RoundingMode.HALF_UP);
  }

  @Test
  void equalsAndHashCode_byDecimalsAndMode() {
    assertThat(Rounding.of(2, RoundingMode.HALF_UP))
        .isEqualTo(Rounding.DISPLAY)
        .hasSameHashCodeAs(Rounding.DISPLAY)
        .isNotEqualTo(Rounding.of(3, RoundingMode.HALF_UP))
        .isNotEqualTo(Rounding.of(2, RoundingMode.HALF_EVEN))
        .isNotEqualTo("2 decimals, HALF_UP");
  }

  @Test
  void toString_namesDecimalsAndMode() {
    assertThat(Rounding.DISPLAY).hasToString("2 decimals, HALF_UP");
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicStaticMethods(Rounding.class);
    CalcTesting.nullPointerTester().testAllPublicInstanceMethods(Rounding.DISPLAY);
  }

  @Test
  void immutable() {
    CalcTesting.assertImmutableClass(Rounding.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {19, 50, -18, -19, -50})
  void unitInLastPlace_beyondDecimalLimits_isTheExactPowerOfTen(int decimals) {
    // Found by probing: Rounding.of accepts ±50 decimals, but unitInLastPlace went through a
    // BigDecimal that DecimalLimits refuses past 18 places.
    Rational tenth = Rational.of(1, 10);
    Rational expected = Rational.ONE;
    for (int i = 0; i < Math.abs(decimals); i++) {
      expected =
          decimals > 0 ? expected.multipliedBy(tenth) : expected.multipliedBy(Rational.of(10));
    }
    assertThat(Rounding.of(decimals, RoundingMode.HALF_UP).unitInLastPlace()).isEqualTo(expected);
  }

  @Test
  void hashCode_spreadsUnequalRoundings() {
    assertHashesSpread(
        Rounding.DISPLAY,
        Rounding.of(3, RoundingMode.HALF_UP),
        Rounding.of(2, RoundingMode.HALF_EVEN),
        Rounding.of(0, RoundingMode.DOWN));
  }
}

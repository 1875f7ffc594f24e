package org.okr4j.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.ValueClassAssertions.assertHashesSpread;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PrecisionTest {

  private static BigDecimal d(String text) {
    return new BigDecimal(text);
  }

  @Test
  void exact_hasNoStepAndZeroHalfWidth() {
    Precision exact = Precision.exact();
    assertThat(exact.isExact()).isTrue();
    assertThat(exact.step()).isEmpty();
    assertThat(exact.decimalPlaces()).isEmpty();
    assertThat(exact.halfWidth()).isEqualTo(Rational.ZERO);
    assertThat(exact).hasToString("exact").isSameAs(Precision.exact());
  }

  @Test
  void toNearest_stripsTrailingZerosOfTheStep() {
    Precision p = Precision.toNearest(d("0.10"));
    assertThat(p.isExact()).isFalse();
    assertThat(p.step()).contains(d("0.1"));
    assertThat(p.decimalPlaces()).contains(1);
    assertThat(p).hasToString("to the nearest 0.1");
  }

  @Test
  void toNearest_quarterStep() {
    Precision quarter = Precision.toNearest(d("0.25"));
    assertThat(quarter.decimalPlaces()).contains(2);
    assertThat(quarter.halfWidth()).isEqualTo(Rational.of(1, 8));
  }

  @Test
  void toNearest_largeStep_hasNegativeDecimalPlaces() {
    Precision p = Precision.toNearest(d("100000"));
    assertThat(p.decimalPlaces()).contains(-5);
    assertThat(p.step().orElseThrow()).isEqualByComparingTo("100000");
    assertThat(p).hasToString("to the nearest 100000");
  }

  @Test
  void toNearest_notPositive_throwsNamingTheStep() {
    assertThatThrownBy(() -> Precision.toNearest(BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("precision step (0) must be > 0");
    assertThatThrownBy(() -> Precision.toNearest(d("-0.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("precision step (-0.5) must be > 0");
  }

  @Test
  void toNearest_outsideLimits_throws() {
    assertThatThrownBy(() -> Precision.toNearest(d("1E-19")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("precision step (1E-19) is outside the accepted range");
  }

  @Test
  void decimals_givesAPowerOfTenStep() {
    assertThat(Precision.decimals(1)).isEqualTo(Precision.toNearest(d("0.1")));
    assertThat(Precision.decimals(0).step()).contains(BigDecimal.ONE);
    assertThat(Precision.decimals(-5)).isEqualTo(Precision.toNearest(d("100000")));
    assertThat(Precision.decimals(18).decimalPlaces()).contains(18);
    assertThat(Precision.decimals(-18).decimalPlaces()).contains(-18);
  }

  @Test
  void decimals_outOfRange_throwsNamingTheRange() {
    assertThatThrownBy(() -> Precision.decimals(19))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decimals (19) must be within ±18");
    assertThatThrownBy(() -> Precision.decimals(-19))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decimals (-19) must be within ±18");
    assertThatThrownBy(() -> Precision.decimals(Integer.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decimals (-2147483648) must be within ±18");
  }

  @Test
  void ofDigits_isTheUnitInTheLastPlace() {
    assertThat(Precision.ofDigits(d("3.80"))).isEqualTo(Precision.decimals(2));
    assertThat(Precision.ofDigits(d("3.8"))).isEqualTo(Precision.decimals(1));
    assertThat(Precision.ofDigits(d("1974"))).isEqualTo(Precision.decimals(0));
    assertThat(Precision.ofDigits(d("2389E5"))).isEqualTo(Precision.toNearest(d("100000")));
    assertThat(Precision.ofDigits(d("2389E5")).decimalPlaces()).contains(-5);
  }

  @Test
  void ofDigits_andDecimals_shareOnePrecisionPerPowerOfTen() {
    assertThat(Precision.ofDigits(d("3.8"))).isSameAs(Precision.ofDigits(d("12.5")));
    assertThat(Precision.ofDigits(d("3.8"))).isSameAs(Precision.decimals(1));
    assertThat(Precision.ofDigits(d("2389E5"))).isSameAs(Precision.decimals(-5));
    for (int decimals = -18; decimals <= 18; decimals++) {
      Precision shared = Precision.decimals(decimals);
      BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(-decimals);
      assertThat(shared.step()).contains(step);
      assertThat(shared.step().orElseThrow().scale()).isEqualTo(decimals);
      if (decimals > -18) { // 1E+18 has 19 integer digits: outside DecimalLimits.
        assertThat(Precision.ofDigits(step)).isSameAs(shared);
      }
    }
  }

  @Test
  void ofDigits_beyondEighteenWrittenPlaces_isRefusedLikeTheStepItWouldState() {
    // Trailing zeros count as written places: 1.000...0 with 24 places would state a precision of
    // 10^-24, which Precision.toNearest and Rational refuse, so the value is refused too.
    BigDecimal printed = d("1." + "0".repeat(24));
    assertThatThrownBy(() -> Precision.ofDigits(printed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("printed value (1.000000000000000000000000) is outside");
    assertThatThrownBy(() -> Precision.toNearest(printed.ulp()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Precision.ofDigits(d("1." + "0".repeat(18))).decimalPlaces()).contains(18);
  }

  @Test
  void ofDigits_outsideLimits_throwsNamingPrintedValue() {
    assertThatThrownBy(() -> Precision.ofDigits(d("1e999999999")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("printed value (1E+999999999) is outside the accepted range");
  }

  @Test
  void intervalAround_isHalfAStepEachSide() {
    Interval i = Precision.decimals(1).intervalAround(d("3.8"));
    assertThat(i.lower()).isEqualTo(Rational.of(new BigDecimal("3.75")));
    assertThat(i.upper()).isEqualTo(Rational.of(new BigDecimal("3.85")));

    Interval pages = Precision.toNearest(d("100000")).intervalAround(d("238900000"));
    assertThat(pages)
        .isEqualTo(Interval.between(Rational.of(238_850_000), Rational.of(238_950_000)));
  }

  @Test
  void intervalAround_exact_isAPoint() {
    Interval i = Precision.exact().intervalAround(d("1134"));
    assertThat(i.isPoint()).isTrue();
    assertThat(i.lower()).isEqualTo(Rational.of(1134));
  }

  @Test
  void equals_comparesStepsNumerically() {
    new EqualsTester()
        .addEqualityGroup(Precision.exact(), Precision.exact())
        .addEqualityGroup(
            Precision.toNearest(d("0.1")),
            Precision.toNearest(d("0.10")),
            Precision.decimals(1),
            Precision.ofDigits(d("3.8")))
        .addEqualityGroup(
            Precision.toNearest(d("100000")),
            Precision.toNearest(d("1E+5")),
            Precision.decimals(-5),
            Precision.ofDigits(d("2.389E+8")))
        .addEqualityGroup(Precision.toNearest(d("0.25")))
        .addEqualityGroup(Precision.decimals(0), Precision.toNearest(d("1.000")))
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Precision.class);
    tester.testAllPublicInstanceMethods(Precision.decimals(1));
    tester.testAllPublicInstanceMethods(Precision.exact());
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(Precision.class);
  }

  @Test
  void hashCode_spreadsUnequalPrecisions() {
    assertHashesSpread(
        Precision.exact(),
        Precision.decimals(1),
        Precision.decimals(-5),
        Precision.toNearest(d("0.25")));
  }
}

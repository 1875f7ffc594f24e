package org.okr4j.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RationalTest {

  private static Rational r(long numerator, long denominator) {
    return Rational.of(numerator, denominator);
  }

  @Test
  void of_reducesToLowestTerms_withPositiveDenominator() {
    Rational x = r(6, -4);
    assertThat(x.numerator()).isEqualTo(BigInteger.valueOf(-3));
    assertThat(x.denominator()).isEqualTo(BigInteger.TWO);
    assertThat(x).hasToString("-3/2");
  }

  @Test
  void of_zeroNumerator_isTheZeroConstant() {
    assertThat(r(0, -7)).isSameAs(Rational.ZERO);
    assertThat(Rational.of(0)).isSameAs(Rational.ZERO);
    assertThat(Rational.of(1)).isSameAs(Rational.ONE);
    assertThat(Rational.ZERO.denominator()).isEqualTo(BigInteger.ONE);
  }

  @Test
  void of_zeroDenominator_throwsNamingTheFraction() {
    assertThatThrownBy(() -> r(3, 0))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("denominator of 3/0 must not be zero");
  }

  @Test
  void of_decimal_isExact() {
    assertThat(Rational.of(new BigDecimal("3.8"))).isEqualTo(r(19, 5));
    assertThat(Rational.of(new BigDecimal("-0.125"))).isEqualTo(r(-1, 8));
    assertThat(Rational.of(new BigDecimal("2.389E+8"))).isEqualTo(Rational.of(238_900_000));
    assertThat(Rational.of(new BigDecimal("0.000"))).isSameAs(Rational.ZERO);
  }

  @Test
  void of_decimalOutsideLimits_throwsNamingTheRule() {
    assertThatThrownBy(() -> Rational.of(new BigDecimal("1e999999999")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "decimal (1E+999999999) is outside the accepted range: at most 18 integer digits and 18"
                + " decimal places");
  }

  @Test
  void progress_toolMaintainers_is39Over94() {
    // (1919 − 1880) / (1974 − 1880) from the Q3 FY20 deck.
    Rational progress =
        Rational.of(1919).minus(Rational.of(1880)).dividedBy(Rational.of(1974 - 1880));
    assertThat(progress).isEqualTo(r(39, 94)).hasToString("39/94");
    assertThat(progress.toBigDecimal(4, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.4149");
  }

  @Test
  void relativeChanges_thereAndBack_multiplyToOneExactly() {
    Rational a = Rational.of(1880);
    Rational b = Rational.of(1919);
    Rational there = b.minus(a).dividedBy(a);
    Rational back = a.minus(b).dividedBy(b);
    assertThat(Rational.ONE.plus(there).multipliedBy(Rational.ONE.plus(back)))
        .isEqualTo(Rational.ONE);
  }

  @Test
  void arithmetic_examples() {
    assertThat(r(1, 2).plus(r(1, 3))).isEqualTo(r(5, 6));
    assertThat(r(1, 4).plus(r(3, 4))).isEqualTo(Rational.ONE);
    assertThat(r(1, 2).minus(r(1, 3))).isEqualTo(r(1, 6));
    assertThat(r(2, 3).multipliedBy(r(9, 4))).isEqualTo(r(3, 2));
    assertThat(r(2, 3).dividedBy(r(-4, 9))).isEqualTo(r(-3, 2));
    assertThat(r(2, 3).multipliedBy(Rational.ZERO)).isSameAs(Rational.ZERO);
    assertThat(Rational.ZERO.multipliedBy(r(2, 3))).isSameAs(Rational.ZERO);
    assertThat(r(-2, 3).negated()).isEqualTo(r(2, 3));
    assertThat(r(-2, 3).abs()).isEqualTo(r(2, 3));
  }

  @Test
  void identityOperations_returnThis() {
    Rational x = r(7, 3);
    assertThat(x.plus(Rational.ZERO)).isSameAs(x);
    assertThat(Rational.ZERO.plus(x)).isSameAs(x);
    assertThat(x.minus(Rational.ZERO)).isSameAs(x);
    assertThat(x.multipliedBy(Rational.ONE)).isSameAs(x);
    assertThat(x.dividedBy(Rational.ONE)).isSameAs(x);
    assertThat(x.abs()).isSameAs(x);
    assertThat(Rational.ZERO.negated()).isSameAs(Rational.ZERO);
  }

  @Test
  void longArithmetic_atTheEdgesOfTheLongRange_matchesBigInteger() {
    BigInteger min = BigInteger.valueOf(Long.MIN_VALUE);
    BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
    Rational minValue = Rational.of(Long.MIN_VALUE, 1);
    Rational maxValue = Rational.of(Long.MAX_VALUE, 1);
    Rational third = Rational.of(1, 3);
    Rational minOverThree = Rational.of(Long.MIN_VALUE, 3);
    assertThat(minValue.numerator()).isEqualTo(min);
    assertThat(Rational.of(Long.MIN_VALUE, 2).numerator()).isEqualTo(min.divide(BigInteger.TWO));
    assertThat(Rational.of(5, -10)).isEqualTo(Rational.of(-1, 2));
    assertThat(Rational.of(1, Long.MIN_VALUE).denominator()).isEqualTo(min.negate());
    // Sums, products and quotients that overflow a long fall back to BigInteger.
    assertThat(maxValue.plus(maxValue).numerator()).isEqualTo(max.add(max));
    assertThat(maxValue.plus(third))
        .isEqualTo(
            Rational.of(
                max.multiply(BigInteger.valueOf(3)).add(BigInteger.ONE), BigInteger.valueOf(3)));
    assertThat(maxValue.multipliedBy(maxValue).numerator()).isEqualTo(max.multiply(max));
    assertThat(minValue.multipliedBy(third).numerator()).isEqualTo(min);
    assertThat(third.multipliedBy(minValue)).isEqualTo(minOverThree);
    assertThat(maxValue.dividedBy(third).numerator())
        .isEqualTo(max.multiply(BigInteger.valueOf(3)));
    assertThat(third.dividedBy(minValue))
        .isEqualTo(Rational.of(BigInteger.ONE, min.multiply(BigInteger.valueOf(3))));
    assertThat(minValue.dividedBy(Rational.of(-3, 1)))
        .isEqualTo(Rational.of(min.negate(), BigInteger.valueOf(3)));
    assertThat(third.dividedBy(Rational.of(-2, 7))).isEqualTo(Rational.of(-7, 6));
    assertThat(Rational.ZERO.dividedBy(third)).isSameAs(Rational.ZERO);
    // Comparisons whose cross products overflow a long, equal and unequal in their high words.
    assertThat(maxValue.compareTo(Rational.of(Long.MAX_VALUE - 1, Long.MAX_VALUE))).isPositive();
    assertThat(
            Rational.of(Long.MAX_VALUE - 1, Long.MAX_VALUE)
                .compareTo(Rational.of(Long.MAX_VALUE - 2, Long.MAX_VALUE - 1)))
        .isPositive();
    assertThat(
            Rational.of(Long.MAX_VALUE - 2, Long.MAX_VALUE - 1)
                .compareTo(Rational.of(Long.MAX_VALUE - 1, Long.MAX_VALUE)))
        .isNegative();
    assertThat(minOverThree.compareTo(Rational.of(Long.MIN_VALUE + 1, 3))).isNegative();
    assertThat(Rational.of(1, 3).compareTo(Rational.of(2, 6))).isZero();
    // Beyond a long, BigInteger throughout.
    Rational huge = Rational.of(max.multiply(max), BigInteger.valueOf(7));
    assertThat(huge.plus(third))
        .isEqualTo(
            Rational.of(
                max.multiply(max).multiply(BigInteger.valueOf(3)).add(BigInteger.valueOf(7)),
                BigInteger.valueOf(21)));
    assertThat(huge.compareTo(maxValue)).isPositive();
    assertThat(huge.dividedBy(huge)).isEqualTo(Rational.ONE);
  }

  @Test
  void valuesBeyondALong_keepTheirBigIntegers() {
    BigInteger min = BigInteger.valueOf(Long.MIN_VALUE);
    assertThat(Rational.of(Long.MIN_VALUE).numerator()).isEqualTo(min);
    assertThat(Rational.of(Long.MIN_VALUE)).isEqualTo(Rational.of(Long.MIN_VALUE, 1));
    assertThat(Rational.of(Long.MIN_VALUE)).hasToString(Long.toString(Long.MIN_VALUE));
    Rational twoToThe62 = Rational.of(-(1L << 62), 1);
    assertThat(twoToThe62.multipliedBy(Rational.of(2)).numerator()).isEqualTo(min);
    assertThat(twoToThe62.multipliedBy(Rational.of(2)).negated().numerator())
        .isEqualTo(min.negate());
    BigInteger big = BigInteger.TWO.pow(70);
    Rational bigThird = Rational.of(big, BigInteger.valueOf(3));
    Rational bigSeventh = Rational.of(big, BigInteger.valueOf(7));
    assertThat(bigThird).isNotEqualTo(bigSeventh).isNotEqualTo(Rational.of(1, 3));
    assertThat(bigThird).isEqualTo(Rational.of(big, BigInteger.valueOf(3)));
    assertThat(bigThird).hasToString(big + "/3");
    assertThat(Rational.of(big, BigInteger.ONE)).hasToString(big.toString());
    assertThat(bigThird.hashCode())
        .isEqualTo(31 * big.hashCode() + BigInteger.valueOf(3).hashCode());
    for (long v : new long[] {0, 1, -1, 94, -39, 1L << 40, -(1L << 40), Long.MAX_VALUE}) {
      assertThat(Rational.of(v, 1).hashCode())
          .as("hash of %s", v)
          .isEqualTo(31 * BigInteger.valueOf(v).hashCode() + BigInteger.ONE.hashCode());
    }
  }

  @Test
  void ofDecimal_fastAndSlowPathsAgree() {
    assertThat(Rational.of(new BigDecimal("3.80"))).isEqualTo(Rational.of(19, 5));
    assertThat(Rational.of(new BigDecimal("-0.000000000000000025")))
        .isEqualTo(Rational.of(-1, 40_000_000_000_000_000L));
    assertThat(Rational.of(new BigDecimal("2389E5"))).isEqualTo(Rational.of(238_900_000, 1));
    assertThat(Rational.of(new BigDecimal("123456789012345678.9")))
        .isEqualTo(Rational.of(1_234_567_890_123_456_789L, 10));
    assertThat(Rational.of(new BigDecimal("999999999999999999.999999999999999999")))
        .isEqualTo(
            Rational.of(
                new BigInteger("999999999999999999999999999999999999"), BigInteger.TEN.pow(18)));
    assertThat(Rational.of(new BigDecimal("1.000000000000000000"))).isEqualTo(Rational.ONE);
  }

  @Test
  void fractionOfWay_towardATargetValueOfAChange() {
    // 1880 → a 5% increase, 1974: 1919 is (1919 − 1880) / (1974 − 1880) = 39/94 of the way.
    assertThat(Rational.of(1919).fractionOfWay(Rational.of(1880), Rational.of(1974)))
        .isEqualTo(Rational.of(39, 94));
    // Toward 3/8 from 1/4, a value of 5/16 is halfway; 1/8 is −1 (the wrong way).
    assertThat(Rational.of(5, 16).fractionOfWay(Rational.of(1, 4), Rational.of(3, 8)))
        .isEqualTo(Rational.of(1, 2));
    assertThat(Rational.of(1, 8).fractionOfWay(Rational.of(1, 4), Rational.of(3, 8)))
        .isEqualTo(Rational.of(-1));
    // Downward: from 21 days to 19, 20 is halfway.
    assertThat(Rational.of(20).fractionOfWay(Rational.of(21), Rational.of(19)))
        .isEqualTo(Rational.of(1, 2));
    // Past the longs: 2^62 is a quarter of the way from 0 to 2^64.
    Rational twoTo64 = Rational.of(BigInteger.ONE.shiftLeft(64), BigInteger.ONE);
    assertThat(Rational.of(1L << 62).fractionOfWay(Rational.ZERO, twoTo64))
        .isEqualTo(Rational.of(1, 4));
    assertThat(
            Rational.of(Long.MAX_VALUE).fractionOfWay(Rational.of(-Long.MAX_VALUE), Rational.ZERO))
        .isEqualTo(Rational.of(2));
    assertThatThrownBy(() -> Rational.ONE.fractionOfWay(Rational.of(2, 4), Rational.of(1, 2)))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("no way from 1/2 to 1/2: the two values are equal");
  }

  @Test
  void dividedBy_zero_throwsNamingTheDividend() {
    assertThatThrownBy(() -> r(1, 2).dividedBy(Rational.ZERO))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("division by zero: 1/2 / 0");
  }

  @Test
  void signum_isZero_isInteger() {
    assertThat(r(-1, 3).signum()).isEqualTo(-1);
    assertThat(Rational.ZERO.signum()).isZero();
    assertThat(r(1, 3).signum()).isEqualTo(1);
    assertThat(Rational.ZERO.isZero()).isTrue();
    assertThat(r(1, 3).isZero()).isFalse();
    assertThat(r(6, 3).isInteger()).isTrue();
    assertThat(r(1, 3).isInteger()).isFalse();
  }

  @Test
  void minMax_onATie_returnThis() {
    Rational half = r(1, 2);
    Rational otherHalf = r(2, 4);
    assertThat(half.min(otherHalf)).isSameAs(half);
    assertThat(half.max(otherHalf)).isSameAs(half);
    assertThat(half.min(r(1, 3))).isEqualTo(r(1, 3));
    assertThat(half.max(r(1, 3))).isSameAs(half);
    assertThat(r(1, 3).max(half)).isSameAs(half);
  }

  @Test
  void comparisons() {
    assertThat(r(1, 3).isLessThan(r(1, 2))).isTrue();
    assertThat(r(1, 2).isLessThan(r(1, 2))).isFalse();
    assertThat(r(1, 2).isGreaterThan(r(1, 3))).isTrue();
    assertThat(r(1, 2).isGreaterThan(r(2, 4))).isFalse();
    assertThat(r(-1, 2).compareTo(r(-1, 3))).isNegative();
    assertThat(r(5, 7).compareTo(r(10, 14))).isZero();
    assertThat(r(3, 7).compareTo(r(2, 7))).isPositive();
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(r(1, 2), r(2, 4), r(-3, -6), Rational.of(new BigDecimal("0.50")))
        .addEqualityGroup(r(-1, 2))
        .addEqualityGroup(Rational.ZERO, r(0, 5))
        .addEqualityGroup(Rational.ONE, r(3, 3))
        .addEqualityGroup(r(1, 3))
        .testEquals();
  }

  @Test
  void isTerminating_onlyForDenominatorsOfTwosAndFives() {
    assertThat(Rational.ONE.isTerminating()).isTrue();
    assertThat(r(3, 40).isTerminating()).isTrue();
    assertThat(r(1, 1024).isTerminating()).isTrue();
    assertThat(r(7, 625).isTerminating()).isTrue();
    assertThat(r(1, 3).isTerminating()).isFalse();
    assertThat(r(7, 12).isTerminating()).isFalse();
    assertThat(r(39, 94).isTerminating()).isFalse();
  }

  @Test
  void toBigDecimal_roundsFromTheExactFraction() {
    assertThat(r(2, 3).toBigDecimal(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("0.67"));
    assertThat(r(2, 3).toBigDecimal(2, RoundingMode.DOWN)).isEqualTo(new BigDecimal("0.66"));
    assertThat(r(-1, 8).toBigDecimal(2, RoundingMode.HALF_EVEN)).isEqualTo(new BigDecimal("-0.12"));
    assertThat(r(-1, 8).toBigDecimal(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("-0.13"));
    assertThat(r(-1, 8).toBigDecimal(2, RoundingMode.CEILING)).isEqualTo(new BigDecimal("-0.12"));
    assertThat(r(1234, 1).toBigDecimal(-2, RoundingMode.HALF_UP))
        .isEqualTo(new BigDecimal("1.2E+3"));
    assertThat(r(1, 8).toBigDecimal(3, RoundingMode.UNNECESSARY))
        .isEqualTo(new BigDecimal("0.125"));
  }

  @Test
  void toBigDecimal_unnecessaryWhenRoundingIsNeeded_namesValueAndScale() {
    assertThatThrownBy(() -> r(1, 3).toBigDecimal(2, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage(
            "1/3 cannot be written with 2 decimal places without rounding; name a RoundingMode");
  }

  @Test
  void toBigDecimal_scaleOutOfRange_throwsNamingTheScale() {
    assertThat(r(1, 3).toBigDecimal(100, RoundingMode.DOWN).scale()).isEqualTo(100);
    assertThat(r(1, 3).toBigDecimal(-100, RoundingMode.UP)).isEqualByComparingTo("1E+100");
    assertThatThrownBy(() -> r(1, 3).toBigDecimal(101, RoundingMode.DOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale (101) must be within ±100");
    assertThatThrownBy(() -> r(1, 3).toBigDecimal(-101, RoundingMode.DOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale (-101) must be within ±100");
  }

  @Test
  void toBigDecimal_minIntScale_isOutOfRangeNotUnderflow() {
    // Math.abs(Integer.MIN_VALUE) is negative: the range check must not rely on it.
    assertThatThrownBy(() -> r(1, 3).toBigDecimal(Integer.MIN_VALUE, RoundingMode.DOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale (-2147483648) must be within ±100");
  }

  @Test
  void toBigDecimalExact_terminating_stripsTrailingZerosButKeepsWholeNumbersPlain() {
    assertThat(r(3, 40).toBigDecimalExact()).isEqualTo(new BigDecimal("0.075"));
    assertThat(r(-7, 625).toBigDecimalExact()).isEqualTo(new BigDecimal("-0.0112"));
    assertThat(Rational.of(1000).toBigDecimalExact()).isEqualTo(new BigDecimal("1000"));
    assertThat(Rational.of(1000).toBigDecimalExact().scale()).isZero();
    assertThat(Rational.ZERO.toBigDecimalExact()).isEqualTo(BigDecimal.ZERO);
  }

  @Test
  void toBigDecimalExact_nonTerminating_throwsNamingTheValue() {
    assertThatThrownBy(() -> r(1, 3).toBigDecimalExact())
        .isInstanceOf(ArithmeticException.class)
        .hasMessage(
            "1/3 has no terminating decimal expansion; round it with an explicit RoundingMode");
  }

  @Test
  void toBigDecimalSignificant_roundsHalfEvenAndStripsZeros() {
    assertThat(r(1, 3).toBigDecimalSignificant(3)).isEqualTo(new BigDecimal("0.333"));
    assertThat(r(2, 3).toBigDecimalSignificant(3)).isEqualTo(new BigDecimal("0.667"));
    assertThat(r(5, 2).toBigDecimalSignificant(1)).isEqualTo(new BigDecimal("2"));
    assertThat(r(15, 2).toBigDecimalSignificant(1)).isEqualTo(new BigDecimal("8"));
    assertThat(Rational.of(123_456).toBigDecimalSignificant(3)).isEqualTo(new BigDecimal("123000"));
    assertThat(r(1, 4).toBigDecimalSignificant(10)).isEqualTo(new BigDecimal("0.25"));
    assertThat(Rational.ZERO.toBigDecimalSignificant(5)).isEqualTo(BigDecimal.ZERO);
  }

  @Test
  void toBigDecimalSignificant_outOfRange_throws() {
    assertThatThrownBy(() -> r(1, 3).toBigDecimalSignificant(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("significant digits (0) must be within 1..100");
    assertThatThrownBy(() -> r(1, 3).toBigDecimalSignificant(101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("significant digits (101) must be within 1..100");
  }

  @Test
  void toString_wholeNumbersHaveNoDenominator() {
    assertThat(Rational.of(-3)).hasToString("-3");
    assertThat(Rational.ZERO).hasToString("0");
    assertThat(r(-1, 2)).hasToString("-1/2");
  }

  @Test
  void constants() {
    assertThat(Rational.ONE_HUNDRED).isEqualTo(Rational.of(100));
    assertThat(Rational.MAX_SCALE).isEqualTo(100);
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    NullPointerTester tester = new NullPointerTester().setDefault(Rational.class, Rational.ONE);
    tester.testAllPublicStaticMethods(Rational.class);
    tester.testAllPublicInstanceMethods(r(3, 4));
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(Rational.class);
  }

  @Test
  void ofDecimal_unscaledValueOfSixtyFourBits_isNotTruncatedToALong() {
    // The unscaled value 9223372036854775808 is 2^63, one more than Long.MAX_VALUE: 64 bits.
    // 2^63 / 10 = 2^62 / 5 = 4611686018427387904 / 5.
    assertThat(Rational.of(new BigDecimal("922337203685477580.8")))
        .isEqualTo(Rational.of(new BigInteger("4611686018427387904"), BigInteger.valueOf(5)));
    // 2^63 − 1 = Long.MAX_VALUE has 63 bits and takes the long path: 9223372036854775807 / 10.
    assertThat(Rational.of(new BigDecimal("922337203685477580.7")))
        .isEqualTo(Rational.of(Long.MAX_VALUE, 10));
  }

  @Test
  void dividedBy_aValueBeyondALongBySmallOne_isExact() {
    // 2^70 / 3 divided by 2 is 2^69 / 3.
    Rational big = Rational.of(BigInteger.TWO.pow(70), BigInteger.valueOf(3));
    assertThat(big.dividedBy(Rational.of(2)))
        .isEqualTo(Rational.of(BigInteger.TWO.pow(69), BigInteger.valueOf(3)));
  }

  @Test
  void toBigDecimalSignificant_acceptsOneToMaxScaleDigits() {
    // 2/3 to one significant digit, half even: 0.7; 1/4 to MAX_SCALE digits is exactly 0.25.
    assertThat(r(2, 3).toBigDecimalSignificant(1)).isEqualTo(new BigDecimal("0.7"));
    assertThat(r(1, 4).toBigDecimalSignificant(Rational.MAX_SCALE))
        .isEqualTo(new BigDecimal("0.25"));
  }
}

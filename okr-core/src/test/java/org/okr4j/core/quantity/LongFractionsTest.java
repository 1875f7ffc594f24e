package org.okr4j.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The long fast paths of {@link Rational} at the edges of {@code long}: each result is compared
 * with the fraction built from BigIntegers, which takes the slow path.
 */
class LongFractionsTest {
  private static final long HALF_MIN = Long.MIN_VALUE / 2; // −2^62
  private static final long MAX = Long.MAX_VALUE;

  private static Rational big(BigInteger numerator, BigInteger denominator) {
    return Rational.of(numerator, denominator);
  }

  private static Rational present(@Nullable Rational fastPath) {
    assertThat(fastPath).isNotNull();
    return Objects.requireNonNull(fastPath);
  }

  private static BigInteger b(long value) {
    return BigInteger.valueOf(value);
  }

  @Test
  void gcd_ofOperandsOfVeryDifferentSizes_takesARemainderFirst() {
    // 10463970000 = 2^4·5^4·1046397 and 2000 = 2^4·5^3: more than 2^12 times apart, either order.
    assertThat(LongFractions.gcd(10_463_970_000L, 2000)).isEqualTo(2000);
    assertThat(LongFractions.gcd(2000, 10_463_970_000L)).isEqualTo(2000);
    // 2^40 + 1 is odd: no factor of 2^10 = 1024.
    assertThat(LongFractions.gcd((1L << 40) + 1, 1024)).isEqualTo(1);
    // 3·2^40 and 6: 6 divides it.
    assertThat(LongFractions.gcd(3L << 40, 6)).isEqualTo(6);
    // 4097·241 is a multiple of 241, 4097 times it: just past the 2^12 bound.
    assertThat(LongFractions.gcd(4097L * 241, 241)).isEqualTo(241);
    assertThat(LongFractions.gcd(Long.MAX_VALUE, 7)).isEqualTo(7); // 2^63 − 1 = 7·73·127·…
  }

  @Test
  void timesAndPlus_sayOverflowWithoutThrowing() {
    assertThat(LongFractions.times(1L << 31, 1L << 31)).isEqualTo(1L << 62);
    assertThat(LongFractions.times(-(1L << 31), 1L << 31)).isEqualTo(-(1L << 62));
    assertThat(LongFractions.times(1L << 32, 1L << 31)).isEqualTo(LongFractions.OVERFLOW);
    assertThat(LongFractions.times(-(1L << 32), 1L << 31)).isEqualTo(LongFractions.OVERFLOW);
    assertThat(LongFractions.times(MAX, -1)).isEqualTo(-MAX);
    assertThat(LongFractions.times(MAX, 2)).isEqualTo(LongFractions.OVERFLOW);
    assertThat(LongFractions.times(LongFractions.OVERFLOW, 0)).isEqualTo(LongFractions.OVERFLOW);
    assertThat(LongFractions.times(1, LongFractions.OVERFLOW)).isEqualTo(LongFractions.OVERFLOW);
    assertThat(LongFractions.plus(MAX - 1, 1)).isEqualTo(MAX);
    assertThat(LongFractions.plus(MAX, 1)).isEqualTo(LongFractions.OVERFLOW);
    assertThat(LongFractions.plus(-MAX, -1)).isEqualTo(LongFractions.OVERFLOW);
    assertThat(LongFractions.plus(-MAX, -2)).isEqualTo(LongFractions.OVERFLOW);
    assertThat(LongFractions.plus(-5, 3)).isEqualTo(-2);
    assertThat(LongFractions.plus(LongFractions.OVERFLOW, 0)).isEqualTo(LongFractions.OVERFLOW);
    assertThat(LongFractions.plus(0, LongFractions.OVERFLOW)).isEqualTo(LongFractions.OVERFLOW);
  }

  @Test
  void gcd_ofOneOrEqualOperands_andOfOthers() {
    assertThat(LongFractions.gcd(1, 1880)).isEqualTo(1);
    assertThat(LongFractions.gcd(1931, 1)).isEqualTo(1);
    assertThat(LongFractions.gcd(94, 94)).isEqualTo(94);
    assertThat(LongFractions.gcd(0, 0)).isZero();
    assertThat(LongFractions.gcd(0, 366)).isEqualTo(366);
    assertThat(LongFractions.gcd(366, 0)).isEqualTo(366);
    // 1880 = 2³·5·47 and 100 = 2²·5²: 2²·5.
    assertThat(LongFractions.gcd(1880, 100)).isEqualTo(20);
    // 51 = 3·17 and 94 = 2·47 share no factor.
    assertThat(LongFractions.gcd(51, 94)).isEqualTo(1);
  }

  @Test
  void sum_whoseNumeratorIsLongMinValue_isHeldAsBigInteger() {
    // −2^62 + −2^62 = −2^63: a long, but not one a small rational may hold.
    Rational sum = Rational.of(HALF_MIN).plus(Rational.of(HALF_MIN));
    assertThat(sum).isEqualTo(big(b(Long.MIN_VALUE), BigInteger.ONE));
    assertThat(sum.numerator()).isEqualTo(b(Long.MIN_VALUE));
    assertThat(sum.negated().numerator()).isEqualTo(b(Long.MIN_VALUE).negate());
    assertThat(sum.hashCode()).isEqualTo(big(b(Long.MIN_VALUE), BigInteger.ONE).hashCode());
    assertThat(LongFractions.sum(HALF_MIN, 1, HALF_MIN, 1)).isNull();
  }

  @Test
  void sum_thatOverflows_isExactInBigInteger() {
    Rational sum = Rational.of(MAX).plus(Rational.ONE);
    assertThat(sum).isEqualTo(big(b(MAX).add(BigInteger.ONE), BigInteger.ONE));
    assertThat(LongFractions.sum(MAX, 1, 1, 1)).isNull();
    // The product of the denominators overflows: 1/(2^62 − 1) + 1/(2^62 − 3), coprime.
    long d1 = (1L << 62) - 1;
    long d2 = (1L << 62) - 3;
    assertThat(LongFractions.sum(1, d1, 1, d2)).isNull();
    assertThat(Rational.of(1, d1).plus(Rational.of(1, d2)))
        .isEqualTo(big(b(d1).add(b(d2)), b(d1).multiply(b(d2))));
  }

  @Test
  void sum_toZero_isTheZeroConstant() {
    // 1/6 − 1/6 leaves 0/6 before reduction: zero must still be 0/1.
    Rational zero = Rational.of(1, 6).minus(Rational.of(1, 6));
    assertThat(zero).isSameAs(Rational.ZERO);
    assertThat(LongFractions.sum(1, 6, -1, 6)).isSameAs(Rational.ZERO);
    assertThat(Rational.of(1, 6).plus(Rational.of(-1, 6))).isEqualTo(Rational.ZERO);
  }

  @Test
  void sum_reducesByTheCommonFactorOfTheDenominators() {
    // 1/6 + 1/3 = 1/2: g = 3, t = 1 + 2 = 3, and gcd(3, 3) divides out.
    assertThat(LongFractions.sum(1, 6, 1, 3)).isEqualTo(Rational.of(1, 2));
    assertThat(present(LongFractions.sum(1, 6, 1, 3)).denominator()).isEqualTo(BigInteger.TWO);
    // 1/4 + 1/4 = 1/2
    assertThat(LongFractions.sum(1, 4, 1, 4)).isEqualTo(Rational.of(1, 2));
  }

  @Test
  void product_whoseNumeratorIsLongMinValue_isHeldAsBigInteger() {
    Rational product = Rational.of(HALF_MIN).multipliedBy(Rational.of(2));
    assertThat(product).isEqualTo(big(b(Long.MIN_VALUE), BigInteger.ONE));
    assertThat(LongFractions.product(HALF_MIN, 1, 2, 1)).isNull();
    assertThat(Rational.of(HALF_MIN).dividedBy(Rational.of(1, 2)))
        .isEqualTo(big(b(Long.MIN_VALUE), BigInteger.ONE));
  }

  @Test
  void product_thatOverflows_isExactInBigInteger() {
    assertThat(LongFractions.product(MAX, 1, 3, 1)).isNull();
    assertThat(Rational.of(MAX).multipliedBy(Rational.of(3)))
        .isEqualTo(big(b(MAX).multiply(BigInteger.valueOf(3)), BigInteger.ONE));
    // The denominators overflow: 1/MAX × 1/3.
    assertThat(LongFractions.product(1, MAX, 1, 3)).isNull();
    assertThat(Rational.of(1, MAX).multipliedBy(Rational.of(1, 3)))
        .isEqualTo(big(BigInteger.ONE, b(MAX).multiply(BigInteger.valueOf(3))));
  }

  @Test
  void product_reducesCrossFactors() {
    // 4/9 × 3/8 = 1/6: 4 against 8 and 3 against 9.
    Rational product = present(LongFractions.product(4, 9, 3, 8));
    assertThat(product).isEqualTo(Rational.of(1, 6));
    assertThat(product.numerator()).isEqualTo(BigInteger.ONE);
    assertThat(product.denominator()).isEqualTo(BigInteger.valueOf(6));
    assertThat(LongFractions.product(-4, 9, 3, 8)).isEqualTo(Rational.of(-1, 6));
  }

  @Test
  void compare_crossProductsBeyondLong_useTheHighWord() {
    // MAX/3 against (MAX − 1)/3 share a denominator.
    assertThat(LongFractions.compare(MAX, 3, MAX - 1, 3)).isPositive();
    // MAX/(MAX − 1) > (MAX − 1)/(MAX − 2)? No: x/(x − 1) falls as x grows.
    assertThat(LongFractions.compare(MAX, MAX - 1, MAX - 1, MAX - 2)).isNegative();
    assertThat(LongFractions.compare(MAX - 1, MAX - 2, MAX, MAX - 1)).isPositive();
    // Equal high words (0), low words compared unsigned: (2^62 + 1)/4 against (2^60 + 1)/2
    // cross-multiplies to 2^63 + 2 against 2^62 + 4, the first negative as a signed long.
    assertThat(LongFractions.compare((1L << 62) + 1, 4, (1L << 60) + 1, 2)).isPositive();
    assertThat(LongFractions.compare((1L << 60) + 1, 2, (1L << 62) + 1, 4)).isNegative();
    assertThat(LongFractions.compare(-MAX, 2, -MAX, 3)).isNegative();
    assertThat(LongFractions.compare(5, 10, 1, 2)).isZero();
  }

  @Test
  void isTerminating_hasOnlyTwosAndFives() {
    assertThat(LongFractions.isTerminating(1)).isTrue();
    assertThat(LongFractions.isTerminating(1L << 62)).isTrue();
    assertThat(LongFractions.isTerminating(7_450_580_596_923_828_125L)).isTrue(); // 5^27
    assertThat(LongFractions.isTerminating(40)).isTrue();
    assertThat(LongFractions.isTerminating(3)).isFalse();
    assertThat(LongFractions.isTerminating(30)).isFalse();
  }

  @Test
  void bigIntegerHash_isTheHashOfTheBigInteger() {
    long[] values = {0, 1, -1, 31, 1L << 32, -(1L << 32) - 1, MAX, -MAX, 4_294_967_295L};
    for (long v : values) {
      assertThat(LongFractions.bigIntegerHash(v)).as("%d", v).isEqualTo(b(v).hashCode());
    }
  }

  @Test
  void fractionsOfDecimals_areInLowestTerms() {
    assertThat(Fractions.ofDecimal(380, 2)).isEqualTo(Rational.of(19, 5));
    assertThat(Fractions.ofDecimal(-999_999_999_999_999_999L, 18))
        .isEqualTo(big(b(-999_999_999_999_999_999L), BigInteger.TEN.pow(18)));
    assertThat(Fractions.ofDecimal(0, 5)).isSameAs(Rational.ZERO);
    assertThat(Fractions.normalized(Long.MIN_VALUE, 4))
        .isEqualTo(big(b(Long.MIN_VALUE / 4), BigInteger.ONE));
    assertThat(Fractions.normalized(Long.MIN_VALUE, 3))
        .isEqualTo(big(b(Long.MIN_VALUE), BigInteger.valueOf(3)));
  }
}

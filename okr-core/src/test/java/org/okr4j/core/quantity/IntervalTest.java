package org.okr4j.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.ValueClassAssertions.assertHashesSpread;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IntervalTest {

  private static Rational r(long n) {
    return Rational.of(n);
  }

  private static Interval i(long lower, long upper) {
    return Interval.between(r(lower), r(upper));
  }

  @Test
  void between_keepsTheEnds() {
    Interval x = i(-2, 3);
    assertThat(x.lower()).isEqualTo(r(-2));
    assertThat(x.upper()).isEqualTo(r(3));
    assertThat(x.isPoint()).isFalse();
    assertThat(x).hasToString("[-2, 3]");
  }

  @Test
  void between_reversedEnds_throwsNamingBoth() {
    assertThatThrownBy(() -> i(3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lower end (3) must be <= upper end (2)");
  }

  @Test
  void of_isAPoint() {
    Interval x = Interval.of(Rational.of(1, 3));
    assertThat(x.isPoint()).isTrue();
    assertThat(x).isEqualTo(Interval.between(Rational.of(1, 3), Rational.of(2, 6)));
    assertThat(x).hasToString("[1/3, 1/3]");
  }

  @Test
  void around_aPrintedFigure() {
    // 31.2M stands for [31.15M, 31.25M].
    Interval x = Interval.around(r(31_200_000), r(50_000));
    assertThat(x).isEqualTo(i(31_150_000, 31_250_000));
    assertThat(Interval.around(r(5), Rational.ZERO).isPoint()).isTrue();
  }

  @Test
  void around_negativeHalfWidth_throws() {
    assertThatThrownBy(() -> Interval.around(r(5), Rational.of(-1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("half width (-1/2) must be >= 0");
  }

  @Test
  void contains_includesBothEnds() {
    Interval x = i(1, 3);
    assertThat(x.contains(r(1))).isTrue();
    assertThat(x.contains(r(3))).isTrue();
    assertThat(x.contains(Rational.of(5, 2))).isTrue();
    assertThat(x.contains(Rational.of(1, 2))).isFalse();
    assertThat(x.contains(r(4))).isFalse();
    assertThat(x.containsZero()).isFalse();
    assertThat(i(-1, 0).containsZero()).isTrue();
    assertThat(i(0, 0).containsZero()).isTrue();
  }

  @Test
  void intersects_whenOverlappingOrTouching() {
    assertThat(i(1, 3).intersects(i(3, 5))).isTrue();
    assertThat(i(3, 5).intersects(i(1, 3))).isTrue();
    assertThat(i(1, 5).intersects(i(2, 3))).isTrue();
    assertThat(i(1, 2).intersects(i(3, 4))).isFalse();
    assertThat(i(3, 4).intersects(i(1, 2))).isFalse();
  }

  @Test
  void arithmetic_examples() {
    assertThat(i(1, 2).plus(i(10, 20))).isEqualTo(i(11, 22));
    assertThat(i(1, 2).minus(i(10, 20))).isEqualTo(i(-19, -8));
    assertThat(i(-2, 3).multipliedBy(i(-5, 4))).isEqualTo(i(-15, 12));
    assertThat(i(-2, 3).multipliedBy(r(-2))).isEqualTo(i(-6, 4));
    assertThat(i(-2, 3).negated()).isEqualTo(i(-3, 2));
    assertThat(i(1, 2).dividedBy(i(4, 8)))
        .isEqualTo(Interval.between(Rational.of(1, 8), Rational.of(1, 2)));
    assertThat(i(1, 2).dividedBy(i(-8, -4)))
        .isEqualTo(Interval.between(Rational.of(-1, 2), Rational.of(-1, 8)));
  }

  @Test
  void share_ofTwoPrintedFigures() {
    // 238.9M / 959.4M pages, each to the nearest 100,000: the share lies in this interval.
    Interval part =
        Precision.toNearest(new BigDecimal("100000")).intervalAround(new BigDecimal("238900000"));
    Interval whole =
        Precision.toNearest(new BigDecimal("100000")).intervalAround(new BigDecimal("959400000"));
    Interval share = part.dividedBy(whole).multipliedBy(Rational.ONE_HUNDRED);
    assertThat(share.contains(Rational.of(new BigDecimal("24.9")))).isTrue();
    assertThat(share.contains(Rational.of(new BigDecimal("24.8")))).isFalse();
    assertThat(share.lower()).isEqualTo(Rational.of(238_850_000L * 100, 959_450_000L));
    assertThat(share.upper()).isEqualTo(Rational.of(238_950_000L * 100, 959_350_000L));
  }

  @Test
  void dividedBy_intervalContainingZero_throws() {
    assertThatThrownBy(() -> i(1, 2).dividedBy(i(-1, 1)))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("division by an interval containing zero: [-1, 1]");
    assertThatThrownBy(() -> i(1, 2).dividedBy(i(0, 1))).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(i(1, 2), Interval.between(Rational.of(2, 2), Rational.of(4, 2)))
        .addEqualityGroup(i(1, 3))
        .addEqualityGroup(i(0, 2))
        .addEqualityGroup(Interval.of(r(1)), i(1, 1))
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Rational.class, Rational.ONE)
            .setDefault(Interval.class, i(1, 2));
    tester.testAllPublicStaticMethods(Interval.class);
    tester.testAllPublicInstanceMethods(i(-1, 2));
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(Interval.class);
  }

  @Test
  void hashCode_spreadsUnequalIntervals() {
    assertHashesSpread(i(1, 2), i(1, 3), i(0, 2), i(-5, 7));
  }
}

package org.okr4j.core.formula;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Interval;
import org.okr4j.core.quantity.Rational;

class ArithmeticTest {
  private static final Arithmetic<Rational> EXACT = Arithmetic.EXACT;
  private static final Arithmetic<Interval> INTERVALS = Arithmetic.INTERVALS;

  private static Interval between(long lower, long upper) {
    return Interval.between(Rational.of(lower), Rational.of(upper));
  }

  @Test
  void exact_fourOperations() {
    Rational a = Rational.of(1919);
    Rational b = Rational.of(1880);
    assertThat(EXACT.constant(Rational.ONE_HUNDRED)).isEqualTo(Rational.ONE_HUNDRED);
    assertThat(EXACT.plus(a, b)).isEqualTo(Rational.of(3799));
    assertThat(EXACT.minus(a, b)).isEqualTo(Rational.of(39));
    assertThat(EXACT.times(a, b)).isEqualTo(Rational.of(1919L * 1880));
    assertThat(EXACT.dividedBy(EXACT.minus(a, b), Rational.of(94))).isEqualTo(Rational.of(39, 94));
    assertThat(EXACT.negated(a)).isEqualTo(Rational.of(-1919));
  }

  @Test
  void exact_mayBeZeroOnlyForZero() {
    assertThat(EXACT.mayBeZero(Rational.ZERO)).isTrue();
    assertThat(EXACT.mayBeZero(Rational.of(1, 1000))).isFalse();
  }

  @Test
  void intervals_fourOperations() {
    Interval a = between(1, 2);
    Interval b = between(3, 5);
    assertThat(INTERVALS.constant(Rational.of(7))).isEqualTo(Interval.of(Rational.of(7)));
    assertThat(INTERVALS.plus(a, b)).isEqualTo(between(4, 7));
    assertThat(INTERVALS.minus(a, b)).isEqualTo(between(-4, -1));
    assertThat(INTERVALS.times(a, b)).isEqualTo(between(3, 10));
    assertThat(INTERVALS.dividedBy(b, a))
        .isEqualTo(Interval.between(Rational.of(3, 2), Rational.of(5)));
    assertThat(INTERVALS.negated(a)).isEqualTo(between(-2, -1));
  }

  @Test
  void intervals_mayBeZeroWhenZeroIsInside() {
    assertThat(INTERVALS.mayBeZero(between(-1, 1))).isTrue();
    assertThat(INTERVALS.mayBeZero(between(0, 1))).isTrue();
    assertThat(INTERVALS.mayBeZero(between(1, 2))).isFalse();
  }

  @Test
  void signum_isTheSignEveryValueShares_zeroWhenAnEndIsZero() {
    assertThat(INTERVALS.signum(between(1, 2))).isEqualTo(1);
    assertThat(INTERVALS.signum(between(-2, -1))).isEqualTo(-1);
    assertThat(INTERVALS.signum(between(0, 2))).isZero();
    assertThat(INTERVALS.signum(between(-2, 0))).isZero();
    assertThat(INTERVALS.signum(between(-1, 1))).isZero();
    assertThat(EXACT.signum(Rational.of(-3))).isEqualTo(-1);
    assertThat(EXACT.signum(Rational.ZERO)).isZero();
  }
}

package org.okr4j.core.formula;

import org.okr4j.core.quantity.Interval;
import org.okr4j.core.quantity.Rational;

/**
 * The four operations over a kind of number, so that one formula can be evaluated both exactly
 * ({@link #EXACT}, over {@link Rational}) and over ranges of values ({@link #INTERVALS}, over
 * {@link Interval}) — the calculators use the first, the figure audit both.
 *
 * @param <N> the kind of number
 */
public interface Arithmetic<N> {
  /** Exact fractions. */
  Arithmetic<Rational> EXACT =
      new Arithmetic<>() {
        @Override
        public Rational constant(Rational value) {
          return value;
        }

        @Override
        public Rational plus(Rational a, Rational b) {
          return a.plus(b);
        }

        @Override
        public Rational minus(Rational a, Rational b) {
          return a.minus(b);
        }

        @Override
        public Rational times(Rational a, Rational b) {
          return a.multipliedBy(b);
        }

        @Override
        public Rational dividedBy(Rational a, Rational b) {
          return a.dividedBy(b);
        }

        @Override
        public Rational negated(Rational a) {
          return a.negated();
        }

        @Override
        public boolean mayBeZero(Rational a) {
          return a.isZero();
        }

        @Override
        public int signum(Rational a) {
          return a.signum();
        }
      };

  /** Closed intervals: every result holds every value the operands' values can produce. */
  Arithmetic<Interval> INTERVALS =
      new Arithmetic<>() {
        @Override
        public Interval constant(Rational value) {
          return Interval.of(value);
        }

        @Override
        public Interval plus(Interval a, Interval b) {
          return a.plus(b);
        }

        @Override
        public Interval minus(Interval a, Interval b) {
          return a.minus(b);
        }

        @Override
        public Interval times(Interval a, Interval b) {
          return a.multipliedBy(b);
        }

        @Override
        public Interval dividedBy(Interval a, Interval b) {
          return a.dividedBy(b);
        }

        @Override
        public Interval negated(Interval a) {
          return a.negated();
        }

        @Override
        public boolean mayBeZero(Interval a) {
          return a.containsZero();
        }

        @Override
        public int signum(Interval a) {
          return a.lower().signum() > 0 ? 1 : a.upper().signum() < 0 ? -1 : 0;
        }
      };

  /**
   * A constant.
   *
   * @param value the exact value
   * @return it as this kind of number
   */
  N constant(Rational value);

  /**
   * The sum.
   *
   * @param a the augend
   * @param b the addend
   * @return {@code a + b}
   */
  N plus(N a, N b);

  /**
   * The difference.
   *
   * @param a the minuend
   * @param b the subtrahend
   * @return {@code a − b}
   */
  N minus(N a, N b);

  /**
   * The product.
   *
   * @param a the multiplicand
   * @param b the multiplier
   * @return {@code a × b}
   */
  N times(N a, N b);

  /**
   * The quotient; callers check {@link #mayBeZero} on the divisor first.
   *
   * @param a the dividend
   * @param b the divisor
   * @return {@code a / b}
   */
  N dividedBy(N a, N b);

  /**
   * The negation.
   *
   * @param a the number
   * @return {@code −a}
   */
  N negated(N a);

  /**
   * Whether the number is, or may be, zero.
   *
   * @param a the number
   * @return true when dividing by it is not defined
   */
  boolean mayBeZero(N a);

  /**
   * The sign every value of the number shares.
   *
   * @param a the number
   * @return 1 when every value is positive, −1 when every value is negative, else 0
   */
  int signum(N a);
}

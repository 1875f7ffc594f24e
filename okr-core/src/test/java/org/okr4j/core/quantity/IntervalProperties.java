package org.okr4j.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.function.BinaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okr4j.core.testing.GeneratorCoverage;

/**
 * Interval arithmetic is inclusion-correct: for any numbers taken from the operand intervals, the
 * exact result of the operation lies in the result interval. It is also tight: each end of the
 * result is reached by some pair of operand ends.
 */
class IntervalProperties {

  @Provide
  Arbitrary<Rational> ends() {
    Arbitrary<BigInteger> numerators =
        Arbitraries.oneOf(
            Arbitraries.just(BigInteger.ZERO),
            Arbitraries.longs().between(-200, 200).map(BigInteger::valueOf),
            Arbitraries.bigIntegers()
                .between(BigInteger.TEN.pow(20).negate(), BigInteger.TEN.pow(20)));
    Arbitrary<BigInteger> denominators =
        Arbitraries.longs().between(1, 1000).map(BigInteger::valueOf);
    return Combinators.combine(numerators, denominators).as(Rational::of);
  }

  @Provide
  Arbitrary<Interval> intervals() {
    return Combinators.combine(ends(), ends(), Arbitraries.integers().between(0, 9))
        .as(
            (a, b, pointChance) ->
                pointChance == 0 ? Interval.of(a) : Interval.between(a.min(b), a.max(b)));
  }

  /** A fraction of the way from one end to the other: the ends themselves half of the time. */
  @Provide
  Arbitrary<Rational> fractions() {
    return Arbitraries.oneOf(
        Arbitraries.of(Rational.ZERO, Rational.ONE),
        Arbitraries.longs().between(0, 1000).map(n -> Rational.of(n, 1000)));
  }

  private static Rational pointIn(Interval i, Rational t) {
    return i.lower().plus(i.upper().minus(i.lower()).multipliedBy(t));
  }

  private static String shape(Interval i) {
    if (i.isPoint()) {
      return "point";
    }
    if (i.upper().signum() < 0) {
      return "negative";
    }
    if (i.lower().signum() > 0) {
      return "positive";
    }
    return "touches zero";
  }

  private static void collect(Interval a, Interval b) {
    GeneratorCoverage.label("shapes").collect(shape(a), shape(b));
    GeneratorCoverage.label("shape").collect(shape(a));
  }

  private static void checkCoverage() {
    GeneratorCoverage.label("shape")
        .coverage(
            c -> {
              for (String s : List.of("point", "negative", "positive", "touches zero")) {
                c.check(s).percentage(p -> p > 2.5);
              }
            });
  }

  private static void assertInclusionAndTightness(
      Interval a,
      Interval b,
      Rational s,
      Rational t,
      BinaryOperator<Rational> op,
      Interval result) {
    Rational x = pointIn(a, s);
    Rational y = pointIn(b, t);
    assertThat(result.contains(op.apply(x, y)))
        .as("%s op %s = %s in %s", x, y, op.apply(x, y), result)
        .isTrue();
    List<Rational> corners =
        List.of(
            op.apply(a.lower(), b.lower()),
            op.apply(a.lower(), b.upper()),
            op.apply(a.upper(), b.lower()),
            op.apply(a.upper(), b.upper()));
    assertThat(corners).contains(result.lower(), result.upper());
  }

  @Property
  void plus_isInclusionCorrectAndTight(
      @ForAll("intervals") Interval a,
      @ForAll("intervals") Interval b,
      @ForAll("fractions") Rational s,
      @ForAll("fractions") Rational t) {
    collect(a, b);
    assertInclusionAndTightness(a, b, s, t, Rational::plus, a.plus(b));
    checkCoverage();
  }

  @Property
  void minus_isInclusionCorrectAndTight(
      @ForAll("intervals") Interval a,
      @ForAll("intervals") Interval b,
      @ForAll("fractions") Rational s,
      @ForAll("fractions") Rational t) {
    collect(a, b);
    assertInclusionAndTightness(a, b, s, t, Rational::minus, a.minus(b));
    checkCoverage();
  }

  @Property
  void multipliedBy_isInclusionCorrectAndTight(
      @ForAll("intervals") Interval a,
      @ForAll("intervals") Interval b,
      @ForAll("fractions") Rational s,
      @ForAll("fractions") Rational t) {
    collect(a, b);
    assertInclusionAndTightness(a, b, s, t, Rational::multipliedBy, a.multipliedBy(b));
    assertThat(a.multipliedBy(b.lower())).isEqualTo(a.multipliedBy(Interval.of(b.lower())));
    checkCoverage();
  }

  @Property
  void dividedBy_isInclusionCorrectAndTight(
      @ForAll("intervals") Interval a,
      @ForAll("intervals") Interval b,
      @ForAll("fractions") Rational s,
      @ForAll("fractions") Rational t) {
    if (b.containsZero()) {
      return; // refused; see IntervalTest
    }
    collect(a, b);
    assertInclusionAndTightness(a, b, s, t, Rational::dividedBy, a.dividedBy(b));
    GeneratorCoverage.label("divisor").collect(b.lower().signum());
    GeneratorCoverage.label("divisor")
        .coverage(
            c -> {
              c.check(-1).percentage(p -> p > 10);
              c.check(1).percentage(p -> p > 10);
            });
  }

  @Property
  void negated_isInclusionCorrectAndTight(
      @ForAll("intervals") Interval a, @ForAll("fractions") Rational s) {
    GeneratorCoverage.label("shape").collect(shape(a));
    Interval n = a.negated();
    assertThat(n.contains(pointIn(a, s).negated())).isTrue();
    assertThat(n.lower()).isEqualTo(a.upper().negated());
    assertThat(n.upper()).isEqualTo(a.lower().negated());
    assertThat(n.negated()).isEqualTo(a);
    checkCoverage();
  }

  @Property
  void contains_andIntersects_agreeWithPoints(
      @ForAll("intervals") Interval a,
      @ForAll("intervals") Interval b,
      @ForAll("fractions") Rational s) {
    assertThat(a.contains(pointIn(a, s))).isTrue();
    boolean overlap = a.contains(b.lower()) || a.contains(b.upper()) || b.contains(a.lower());
    assertThat(a.intersects(b)).isEqualTo(overlap);
    assertThat(b.intersects(a)).isEqualTo(overlap);
  }
}

package org.okr4j.core.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.quantity.Interval;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.testing.GeneratorCoverage;

/**
 * One formula, two arithmetics: evaluated over intervals it contains the exact value at every point
 * of the input intervals, and over point intervals it is the exact value.
 */
class FormulasProperties {
  private static final Optional<Rational> TEN = Optional.of(Rational.of(10));

  @Provide
  Arbitrary<Rational> values() {
    return Combinators.combine(
            Arbitraries.longs().between(-100_000, 100_000), Arbitraries.longs().between(1, 100))
        .as(Rational::of);
  }

  @Provide
  Arbitrary<Rational> widths() {
    return Arbitraries.longs().between(0, 50).map(w -> Rational.of(w, 100));
  }

  @Property
  void change_intervalContainsExactAtAnyPointInside(
      @ForAll ChangeMeasure measure,
      @ForAll("values") Rational from,
      @ForAll("values") Rational to,
      @ForAll("widths") Rational fromWidth,
      @ForAll("widths") Rational toWidth,
      @ForAll("fractions") Rational s,
      @ForAll("fractions") Rational t) {
    Interval fromRange = Interval.around(from, fromWidth);
    Interval toRange = Interval.around(to, toWidth);
    boolean divides = measure == ChangeMeasure.RELATIVE;
    GeneratorCoverage.label("measure").collect(measure);
    if (divides && Arithmetic.INTERVALS.mayBeZero(fromRange)) {
      return;
    }
    // A point of each range: lower + s × (upper − lower).
    Rational x = fromRange.lower().plus(s.multipliedBy(fromRange.upper().minus(fromRange.lower())));
    Rational y = toRange.lower().plus(t.multipliedBy(toRange.upper().minus(toRange.lower())));
    Interval range = Formulas.change(Arithmetic.INTERVALS, measure, fromRange, toRange, TEN);
    Rational exact = Formulas.change(Arithmetic.EXACT, measure, x, y, TEN);
    assertThat(range.contains(exact)).isTrue();
    Interval point =
        Formulas.change(Arithmetic.INTERVALS, measure, Interval.of(x), Interval.of(y), TEN);
    assertThat(point).isEqualTo(Interval.of(exact));
    GeneratorCoverage.label("measure")
        .coverage(c -> c.check(ChangeMeasure.RELATIVE).percentage(p -> p > 10));
  }

  @Provide
  Arbitrary<Rational> fractions() {
    return Arbitraries.longs().between(0, 8).map(k -> Rational.of(k, 8));
  }

  @Property
  void applyChange_invertsChange(
      @ForAll ChangeMeasure measure,
      @ForAll("values") Rational from,
      @ForAll("values") Rational to) {
    if (measure == ChangeMeasure.RELATIVE && from.isZero()) {
      return;
    }
    Rational amount = Formulas.change(Arithmetic.EXACT, measure, from, to, TEN);
    assertThat(Formulas.applyChange(Arithmetic.EXACT, measure, from, amount, TEN)).isEqualTo(to);
  }
}

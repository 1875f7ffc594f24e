package org.okr4j.core.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.okr4j.core.formula.Arithmetic;
import org.okr4j.core.quantity.Rational;

/**
 * The weights of the projection formulas and their evaluation, {@code Σ wᵢ·vᵢ}, written once for
 * exact numbers and intervals.
 */
final class LinearCombination {
  private LinearCombination() {}

  /**
   * {@code Σ wᵢ·vᵢ}.
   *
   * @param arithmetic exact or over intervals
   * @param weights the weights
   * @param values the values, as many as the weights
   * @return the sum
   */
  static <N> N evaluate(Arithmetic<N> arithmetic, List<Rational> weights, List<N> values) {
    N sum = arithmetic.constant(Rational.ZERO);
    for (int i = 0; i < weights.size(); i++) {
      sum =
          arithmetic.plus(
              sum, arithmetic.times(arithmetic.constant(weights.get(i)), values.get(i)));
    }
    return sum;
  }

  /**
   * The least-squares weights: the value of the fitted line at {@code t} is {@code Σ wᵢ·yᵢ} with
   * {@code wᵢ = 1/n + (xᵢ − x̄)(t − x̄) / Σ(x − x̄)²}.
   *
   * @param xs where the values lie, at least one
   * @param t where the line is read
   * @return the weights, or empty when every {@code x} is the same
   */
  static Optional<List<Rational>> leastSquares(List<Rational> xs, Rational t) {
    Rational n = Rational.of(xs.size());
    Rational sum = Rational.ZERO;
    for (Rational x : xs) {
      sum = sum.plus(x);
    }
    Rational mean = sum.dividedBy(n);
    Rational sxx = Rational.ZERO;
    for (Rational x : xs) {
      Rational d = x.minus(mean);
      sxx = sxx.plus(d.multipliedBy(d));
    }
    if (sxx.isZero()) {
      return Optional.empty();
    }
    Rational lever = t.minus(mean).dividedBy(sxx);
    Rational share = Rational.ONE.dividedBy(n);
    List<Rational> weights = new ArrayList<>(xs.size());
    for (Rational x : xs) {
      weights.add(share.plus(x.minus(mean).multipliedBy(lever)));
    }
    return Optional.of(weights);
  }
}

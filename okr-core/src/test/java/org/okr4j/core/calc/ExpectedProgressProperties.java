package org.okr4j.core.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.testing.GeneratorCoverage;
import org.okr4j.core.testing.WikimediaDeck;
import org.okr4j.core.time.Period;

/** Expected progress never falls as the days pass and stays in [0, 1], for every built-in curve. */
class ExpectedProgressProperties {
  private static final Period YEAR = WikimediaDeck.FY20;

  /** Days from a month before the fiscal year to a month after it. */
  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(-31, 366 + 31).map(d -> YEAR.start().plusDays(d));
  }

  /** Linear, stepwise and piecewise-linear curves through random non-decreasing points. */
  @Provide
  Arbitrary<PaceCurve> curves() {
    Arbitrary<List<PacePoint>> points =
        Arbitraries.integers()
            .between(0, 24)
            .list()
            .ofMinSize(1)
            .ofMaxSize(6)
            .flatMap(
                elapsedTwentyFourths ->
                    Arbitraries.integers()
                        .between(0, 24)
                        .list()
                        .ofSize(elapsedTwentyFourths.size())
                        .map(expected -> points(elapsedTwentyFourths, expected)));
    return Arbitraries.oneOf(
        Arbitraries.just(PaceCurve.linear()),
        points.map(PaceCurve::stepwise),
        points.map(ExpectedProgressProperties::fromZeroToOne).map(PaceCurve::through));
  }

  /** Distinct elapsed values in increasing order, paired with the expected values sorted. */
  private static List<PacePoint> points(List<Integer> elapsed, List<Integer> expected) {
    TreeMap<Integer, Integer> byElapsed = new TreeMap<>();
    List<Integer> sortedExpected = new ArrayList<>(expected);
    sortedExpected.sort(null);
    List<Integer> sortedElapsed = new ArrayList<>(elapsed);
    sortedElapsed.sort(null);
    for (int i = 0; i < sortedElapsed.size(); i++) {
      byElapsed.putIfAbsent(sortedElapsed.get(i), sortedExpected.get(i));
    }
    List<PacePoint> result = new ArrayList<>();
    byElapsed.forEach((e, x) -> result.add(PacePoint.of(Rational.of(e, 24), Rational.of(x, 24))));
    return result;
  }

  private static List<PacePoint> fromZeroToOne(List<PacePoint> inner) {
    List<PacePoint> result = new ArrayList<>();
    Rational first = inner.get(0).expected();
    Rational last = inner.get(inner.size() - 1).expected();
    result.add(PacePoint.of(Rational.ZERO, Rational.ZERO.min(first)));
    for (PacePoint p : inner) {
      if (!p.elapsed().isZero() && !p.elapsed().equals(Rational.ONE)) {
        result.add(p);
      }
    }
    result.add(PacePoint.of(Rational.ONE, Rational.ONE.max(last)));
    return result;
  }

  @Property
  void expected_isMonotoneInTheDateAndWithinZeroOne(
      @ForAll("curves") PaceCurve curve,
      @ForAll("days") LocalDate day,
      @ForAll("days") LocalDate other) {
    LocalDate earlier = day.isBefore(other) ? day : other;
    LocalDate later = day.isBefore(other) ? other : day;
    Rational a = ExpectedProgress.at(YEAR, earlier, curve).value();
    Rational b = ExpectedProgress.at(YEAR, later, curve).value();
    GeneratorCoverage.label("curve").collect(curve.name());
    GeneratorCoverage.label("where")
        .collect(
            !YEAR.contains(earlier) && !YEAR.contains(later)
                ? "both outside"
                : YEAR.contains(earlier) && YEAR.contains(later) ? "both inside" : "one inside");
    assertThat(a).isLessThanOrEqualTo(b);
    for (Rational x : List.of(a, b)) {
      assertThat(x.signum()).isNotNegative();
      assertThat(x).isLessThanOrEqualTo(Rational.ONE);
    }
    GeneratorCoverage.label("curve")
        .coverage(
            c -> {
              c.check("linear").percentage(p -> p > 7.5);
              c.check("stepwise").percentage(p -> p > 7.5);
              c.check("piecewise-linear").percentage(p -> p > 7.5);
            });
    GeneratorCoverage.label("where")
        .coverage(c -> c.check("both inside").percentage(p -> p > 12.5));
  }

  @Property
  void linear_isTheFractionElapsed(@ForAll("days") LocalDate day) {
    assertThat(ExpectedProgress.at(YEAR, day, PaceCurve.linear()).value())
        .isEqualTo(YEAR.fractionElapsed(day));
  }
}

package org.okr4j.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.testing.GeneratorCoverage;
import org.okr4j.core.testing.WikimediaDeck;
import org.okr4j.core.time.Period;

/**
 * Invariants of the projections: a line projects to itself; the interval holds the projection of
 * every input inside its stated precision and is attained at corners of the inputs' box; a point on
 * the least-squares line leaves the line unchanged.
 */
class ProjectionProperties {
  private static final Period YEAR = WikimediaDeck.FY20;
  private static final Rational T = Rational.of(YEAR.lengthInDays());
  private static final Unit TOOLS = WikimediaDeck.TOOLS;

  /** Two to five distinct months of FY2019/20, as offsets 0..11 from July 2019. */
  @Provide
  Arbitrary<List<Integer>> months() {
    return Arbitraries.integers()
        .between(0, 11)
        .set()
        .ofMinSize(2)
        .ofMaxSize(5)
        .map(s -> List.copyOf(new TreeSet<>(s)));
  }

  @Property
  void pointsOnALine_projectToTheLine(
      @ForAll("months") List<Integer> months,
      @ForAll @IntRange(min = -1000, max = 1000) int intercept,
      @ForAll @IntRange(min = -20, max = 20) int slopePerDay) {
    // y = intercept + slope × x, exact; the baseline is the line's value at x = 0.
    List<Quantity> values = new ArrayList<>();
    for (int m : months) {
      long x = daysTo(m);
      values.add(Quantity.exact(intercept + slopePerDay * x, TOOLS));
    }
    KeyResult k = keyResult(months, values, Quantity.exact(intercept, TOOLS));
    Rational expected = Rational.of(intercept + slopePerDay * T.numerator().longValueExact());
    for (ProjectionMethod method : ProjectionMethod.values()) {
      Projection p = project(k, method);
      assertThat(p.value()).as("%s", method).isEqualTo(expected);
      assertThat(p.interval().isPoint()).isTrue();
    }
    GeneratorCoverage.label("slope").collect(Integer.signum(slopePerDay));
    GeneratorCoverage.label("slope")
        .coverage(
            c -> {
              c.check(-1).percentage(p -> p > 20);
              c.check(1).percentage(p -> p > 20);
            });
  }

  /** Stated values with their precision: whole numbers or tenths. */
  @Provide
  Arbitrary<Quantity> stated() {
    return Combinators.combine(
            Arbitraries.integers().between(-500, 500), Arbitraries.integers().between(0, 1))
        .as((v, decimals) -> Quantity.of(BigDecimal.valueOf(v, decimals), TOOLS));
  }

  @Property(tries = 200)
  void interval_holdsEverySampledInput_andIsAttainedAtCorners(
      @ForAll("months") List<Integer> months,
      @ForAll("stated") Quantity baseline,
      @ForAll("stated") Quantity v1,
      @ForAll("stated") Quantity v2,
      @ForAll("stated") Quantity v3,
      @ForAll("stated") Quantity v4,
      @ForAll("stated") Quantity v5,
      @ForAll @IntRange(min = 0, max = 1 << 10) int sample) {
    List<Quantity> values = List.of(v1, v2, v3, v4, v5).subList(0, months.size());
    KeyResult stated = keyResult(months, values, baseline);
    List<Quantity> inputs = new ArrayList<>(values);
    inputs.add(baseline);
    for (ProjectionMethod method : ProjectionMethod.values()) {
      Projection p = project(stated, method);
      assertThat(p.interval().contains(p.value())).isTrue();
      Rational min = null;
      Rational max = null;
      for (int corner = 0; corner < 1 << inputs.size(); corner++) {
        Rational at = projectExact(months, inputs, corner, method, -1);
        min = min == null ? at : min.min(at);
        max = max == null ? at : max.max(at);
      }
      assertThat(p.lower()).as("lower of %s", method).isEqualTo(min);
      assertThat(p.upper()).as("upper of %s", method).isEqualTo(max);
      Rational inside = projectExact(months, inputs, 0, method, sample);
      assertThat(p.interval().contains(inside)).as("sample of %s", method).isTrue();
    }
    GeneratorCoverage.label("points").collect(months.size());
    GeneratorCoverage.label("points").coverage(c -> c.check(2).percentage(p -> p > 10));
  }

  /**
   * The projection with every input moved within its precision: to the corner given by the bits of
   * {@code corner} (bit i set: the upper end of input i), or, when {@code sample >= 0}, to a point
   * chosen from it inside each input's interval.
   */
  private static Rational projectExact(
      List<Integer> months,
      List<Quantity> inputs,
      int corner,
      ProjectionMethod method,
      int sample) {
    List<Quantity> moved = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      Quantity q = inputs.get(i);
      BigDecimal half = q.precision().halfWidth().toBigDecimalExact();
      BigDecimal value;
      if (sample < 0) {
        value = (corner >> i & 1) == 1 ? q.value().add(half) : q.value().subtract(half);
      } else {
        // One of eleven evenly spaced points from the lower to the upper end.
        int step = (sample * 7 + i * 3) % 11;
        value =
            q.value()
                .subtract(half)
                .add(half.multiply(BigDecimal.valueOf(2L * step)).divide(BigDecimal.TEN));
      }
      moved.add(Quantity.exact(value, TOOLS));
    }
    KeyResult k = keyResult(months, moved.subList(0, months.size()), moved.get(moved.size() - 1));
    return project(k, method).value();
  }

  @Property
  void aPointOnTheLeastSquaresLine_leavesTheLineUnchanged(
      @ForAll("xs") List<Integer> xs,
      @ForAll @IntRange(min = -300, max = 300) int y1,
      @ForAll @IntRange(min = -300, max = 300) int y2,
      @ForAll @IntRange(min = -300, max = 300) int y3,
      @ForAll @IntRange(min = -400, max = 800) int newX) {
    List<Rational> x = new ArrayList<>();
    for (int v : xs) {
      x.add(Rational.of(v));
    }
    List<Rational> y =
        new ArrayList<>(
            List.of(Rational.of(y1), Rational.of(y2), Rational.of(y3)).subList(0, xs.size()));
    Rational atT = fitted(x, y, T);
    Rational onLine = fitted(x, y, Rational.of(newX));
    x.add(Rational.of(newX));
    y.add(onLine);
    assertThat(fitted(x, y, T)).isEqualTo(atT);
    GeneratorCoverage.label("new point")
        .collect(newX < 0 || newX > 366 ? "outside the year" : "inside the year");
    GeneratorCoverage.label("new point")
        .coverage(c -> c.check("outside the year").percentage(p -> p > 10));
  }

  /** Two or three distinct days. */
  @Provide
  Arbitrary<List<Integer>> xs() {
    return Arbitraries.integers()
        .between(-30, 400)
        .set()
        .ofMinSize(2)
        .ofMaxSize(3)
        .map(s -> List.copyOf(new TreeSet<>(s)));
  }

  @Property
  void leastSquaresWeights_sumToOne_andNeedDistinctXs(
      @ForAll @IntRange(min = -30, max = 400) int x, @ForAll @IntRange(min = 1, max = 4) int n) {
    List<Rational> same = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      same.add(Rational.of(x));
    }
    assertThat(LinearCombination.leastSquares(same, T)).isEmpty();
    same.add(Rational.of(x + 1));
    Rational sum = Rational.ZERO;
    for (Rational w : LinearCombination.leastSquares(same, T).orElseThrow()) {
      sum = sum.plus(w);
    }
    assertThat(sum).isEqualTo(Rational.ONE);
  }

  private static Rational fitted(List<Rational> x, List<Rational> y, Rational at) {
    List<Rational> w = LinearCombination.leastSquares(x, at).orElseThrow();
    Rational sum = Rational.ZERO;
    for (int i = 0; i < w.size(); i++) {
      sum = sum.plus(w.get(i).multipliedBy(y.get(i)));
    }
    return sum;
  }

  private static long daysTo(int monthOffset) {
    return ChronoUnit.DAYS.between(YEAR.start(), month(monthOffset).endExclusive());
  }

  private static Period month(int offset) {
    return Period.of(YearMonth.of(2019, 7).plusMonths(offset));
  }

  private static KeyResult keyResult(List<Integer> months, List<Quantity> values, Quantity base) {
    KeyResult.Builder b =
        KeyResult.builder()
            .id("tools")
            .statement("tools")
            .metric(Metric.of("tools", TOOLS, Direction.HIGHER_IS_BETTER))
            .baseline(Baseline.of(base))
            .target(Target.reach(Quantity.exact(10_000, TOOLS)));
    for (int i = 0; i < months.size(); i++) {
      b.addCheckIns(CheckIn.of(month(months.get(i)), values.get(i)));
    }
    return b.build();
  }

  private static Projection project(KeyResult k, ProjectionMethod method) {
    return Projection.of(k, YEAR, YEAR.endExclusive(), method).value();
  }
}

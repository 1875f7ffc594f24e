package org.okr4j.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.audit.DerivationFixtures.in;
import static org.okr4j.core.audit.DerivationFixtures.ins;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.okr4j.core.calc.Change;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.PercentChange;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.Derivation;
import org.okr4j.core.model.DerivationKind;
import org.okr4j.core.model.Direction;
import org.okr4j.core.quantity.Interval;
import org.okr4j.core.quantity.Precision;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.testing.GeneratorCoverage;

/**
 * Properties of the audit of derived figures: printed from its own derivation a figure is
 * consistent; its tolerance holds exactly the printed values the claimed reading accepts, and
 * outside it the figure is inconsistent; relative changes from negative values have the sign the
 * javadoc promises; a restatement is consistent exactly when the two printed values round from a
 * common value.
 */
class DerivationAuditProperties {
  private static final Unit N = Unit.count("things");
  private static final List<DerivationKind> KINDS =
      List.of(
          DerivationKind.SHARE,
          DerivationKind.RATIO,
          DerivationKind.DIFFERENCE,
          DerivationKind.RELATIVE_CHANGE,
          DerivationKind.SUM,
          DerivationKind.MEAN,
          DerivationKind.PERCENT_OF_TARGET,
          DerivationKind.RESTATEMENT);

  /** A derivation over generated inputs, with the value it should give computed independently. */
  record Case(DerivationKind kind, List<Quantity> inputs, int printedDecimals) {
    Derivation derivation() {
      return switch (kind) {
        case SHARE -> Derivation.share(in(0), in(1));
        case RATIO -> Derivation.ratio(in(0), in(1));
        case DIFFERENCE -> Derivation.difference(in(0), in(1));
        case RELATIVE_CHANGE -> Derivation.relativeChange(in(0), in(1));
        case SUM -> Derivation.sum(ins(inputs.size()));
        case MEAN -> Derivation.mean(ins(inputs.size()));
        case PERCENT_OF_TARGET -> Derivation.percentOfTarget(in(0), in(1));
        default -> Derivation.restatement(in(0));
      };
    }

    Unit printedUnit() {
      return switch (kind) {
        case SHARE, RELATIVE_CHANGE, PERCENT_OF_TARGET -> Unit.percent();
        case RATIO -> Unit.ratio();
        default -> N;
      };
    }

    /** The oracle: each formula written out on exact fractions. */
    Rational exact() {
      Rational hundred = Rational.ONE_HUNDRED;
      Rational a = inputs.get(0).toRational();
      Rational b = inputs.size() > 1 ? inputs.get(1).toRational() : a;
      Rational total = Rational.ZERO;
      for (Quantity q : inputs) {
        total = total.plus(q.toRational());
      }
      return switch (kind) {
        case SHARE, PERCENT_OF_TARGET -> a.multipliedBy(hundred).dividedBy(b);
        case RATIO -> a.dividedBy(b);
        case DIFFERENCE -> b.minus(a);
        case RELATIVE_CHANGE -> b.minus(a).multipliedBy(hundred).dividedBy(a.abs());
        case SUM -> total;
        case MEAN -> total.dividedBy(Rational.of(inputs.size()));
        default -> a;
      };
    }

    Rational step() {
      return Rational.of(BigDecimal.ONE.scaleByPowerOfTen(-printedDecimals));
    }

    Quantity printed(BigDecimal value) {
      return Quantity.of(value.setScale(printedDecimals, RoundingMode.UNNECESSARY), printedUnit());
    }

    AuditFinding audit(BigDecimal printed, AuditPolicy policy) {
      return DerivationFixtures.audit(inputs, derivation(), printed(printed), policy);
    }
  }

  /** A positive figure, exact or stated to the nearest 1, 10 or 100. */
  @Provide
  Arbitrary<Quantity> inputs() {
    return Combinators.combine(
            Arbitraries.longs().between(1, 2_000_000), Arbitraries.integers().between(-1, 2))
        .as(
            (v, e) -> {
              if (e < 0) {
                return Quantity.exact(v, N);
              }
              BigDecimal s = BigDecimal.ONE.scaleByPowerOfTen(e);
              BigDecimal onStep = BigDecimal.valueOf(v).divide(s, 0, RoundingMode.UP).multiply(s);
              return Quantity.of(onStep, N, Precision.toNearest(s));
            });
  }

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(
            Arbitraries.of(KINDS),
            inputs().list().ofMinSize(3).ofMaxSize(3),
            Arbitraries.integers().between(0, 2))
        .as(
            (kind, in, d) -> {
              int n =
                  kind == DerivationKind.RESTATEMENT
                      ? 1
                      : kind == DerivationKind.SUM || kind == DerivationKind.MEAN ? 3 : 2;
              return new Case(kind, new ArrayList<>(in.subList(0, n)), d);
            });
  }

  private static boolean claimedAccepts(AuditFinding f) {
    return f.matched().map(Interpretation::isClaimedBasis).orElse(false)
        || f.alsoConsistentUnder().stream().anyMatch(Interpretation::isClaimedBasis);
  }

  @Property(tries = 300)
  void printedFromItsOwnDerivation_isConsistent(@ForAll("cases") Case c) {
    BigDecimal printed = c.exact().toBigDecimal(c.printedDecimals(), RoundingMode.HALF_UP);
    GeneratorCoverage.label("kind").collect(c.kind());
    for (AuditPolicy policy : List.of(AuditPolicy.search(), AuditPolicy.strict())) {
      AuditFinding f = c.audit(printed, policy);
      assertThat(f.verdict()).as("%s %s", c, policy).isEqualTo(Verdict.CONSISTENT);
      assertThat(f.computed()).contains(c.exact());
      assertThat(f.tolerance().asPrinted().orElseThrow().contains(Rational.of(printed))).isTrue();
    }
    // Every kind is tried: each is drawn an eighth of the time, but filtered cases make the share
    // vary by run (a run on 2026-12-02 drew MEAN in exactly 4.0% and failed a bound of 4).
    GeneratorCoverage.label("kind")
        .coverage(cov -> KINDS.forEach(k -> cov.check(k).percentage(p -> p > 1)));
  }

  @Property(tries = 120)
  void toleranceHoldsExactlyThePrintedValuesTheSearchAccepts(@ForAll("cases") Case c) {
    BigDecimal centre = c.exact().toBigDecimal(c.printedDecimals(), RoundingMode.HALF_UP);
    BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-c.printedDecimals());
    boolean sawOutside = false;
    for (int k = -4; k <= 4; k++) {
      BigDecimal p = centre.add(unit.multiply(BigDecimal.valueOf(k)));
      if (p.signum() < 0
          && c.kind() != DerivationKind.DIFFERENCE
          && c.kind() != DerivationKind.RELATIVE_CHANGE) {
        continue;
      }
      Rational printed = Rational.of(p);
      AuditFinding search = c.audit(p, AuditPolicy.search());
      Interval within = search.tolerance().withinPrecision().orElseThrow();
      assertThat(claimedAccepts(search))
          .as("%s printed %s, %s", c, p, within)
          .isEqualTo(within.contains(printed));
      if (!within.contains(printed)) {
        sawOutside = true;
        // the fixtures give no alternative reading, so outside the tolerance is inconsistent
        assertThat(search.verdict()).isEqualTo(Verdict.INCONSISTENT);
      }
      AuditFinding strict = c.audit(p, AuditPolicy.strict());
      Interval asPrinted = strict.tolerance().asPrinted().orElseThrow();
      assertThat(claimedAccepts(strict)).isEqualTo(asPrinted.contains(printed));
      assertThat(asPrinted.lower()).isEqualTo(asPrinted.upper());
    }
    GeneratorCoverage.label("some neighbour outside").collect(sawOutside);
    // About 40% of cases were observed to have one; the check is set at half of that, so that it
    // does not fail a run by chance (at 30 it failed two of five runs on 2026-12-02).
    GeneratorCoverage.label("some neighbour outside")
        .coverage(cov -> cov.check(true).percentage(p -> p > 20));
  }

  @Property
  void relativeChangeFromANegativeValue_hasTheSignOfTheMove(
      @ForAll @LongRange(min = -1_000_000, max = -1) long from,
      @ForAll @LongRange(min = -1_000_000, max = 0) long to,
      @ForAll Direction direction) {
    Unit money = Unit.of("$");
    Quantity a = Quantity.exact(from, money);
    Quantity b = Quantity.exact(to, money);
    int move = Long.signum(to - from);
    GeneratorCoverage.label("move").collect(move);
    Outcome<Change> change =
        PercentChange.between(a, b, ChangeMeasure.RELATIVE, ChangeSense.CHANGE, direction);
    Outcome<Change> improvement =
        PercentChange.between(a, b, ChangeMeasure.RELATIVE, ChangeSense.IMPROVEMENT, direction);
    // a change is positive when the value rose; an improvement when it moved the metric's way
    assertThat(change.value().amount().signum()).isEqualTo(move);
    int better = direction == Direction.HIGHER_IS_BETTER ? move : -move;
    assertThat(improvement.value().amount().signum()).isEqualTo(better);
    assertThat(change.value().isAgainstNegativeReference()).isTrue();
    GeneratorCoverage.label("move")
        .coverage(
            cov -> {
              cov.check(1).percentage(p -> p > 20);
              cov.check(-1).percentage(p -> p > 20);
            });
  }

  @Property(tries = 400)
  void restatement_consistentExactlyWhenBothRoundFromACommonValue(
      @ForAll @LongRange(min = 1, max = 100_000) long units,
      @ForAll @IntRange(min = -1, max = 3) int inputStep,
      @ForAll @IntRange(min = 0, max = 4) int printedStep,
      @ForAll @IntRange(min = -3, max = 3) int offset) {
    // input stated to 10^inputStep (or exact), printed to 10^printedStep, near each other
    Rational s1 =
        inputStep < 0 ? Rational.ZERO : Rational.of(BigDecimal.ONE.scaleByPowerOfTen(inputStep));
    BigDecimal s2 = BigDecimal.ONE.scaleByPowerOfTen(printedStep);
    BigDecimal a =
        BigDecimal.valueOf(units)
            .multiply(inputStep < 0 ? BigDecimal.ONE : BigDecimal.ONE.scaleByPowerOfTen(inputStep));
    BigDecimal p =
        a.divide(s2, 0, RoundingMode.HALF_UP).add(BigDecimal.valueOf(offset)).multiply(s2);
    if (p.signum() <= 0) {
      return;
    }
    Quantity input =
        inputStep < 0
            ? Quantity.exact(a, N)
            : Quantity.of(a, N, Precision.toNearest(BigDecimal.ONE.scaleByPowerOfTen(inputStep)));
    Quantity printed = Quantity.of(p, N, Precision.toNearest(s2));
    // the oracle: [a − s1/2, a + s1/2] meets [p − s2/2, p + s2/2), rounding half up (positive)
    Rational half = Rational.of(1, 2);
    Rational lo = Rational.of(a).minus(s1.multipliedBy(half));
    Rational hi = Rational.of(a).plus(s1.multipliedBy(half));
    Rational plo = Rational.of(p).minus(Rational.of(s2).multipliedBy(half));
    Rational phi = Rational.of(p).plus(Rational.of(s2).multipliedBy(half));
    boolean common = hi.compareTo(plo) >= 0 && lo.compareTo(phi) < 0;
    GeneratorCoverage.label("common value").collect(common);
    AuditPolicy halfUp = AuditPolicy.search().withRoundingModes(List.of(RoundingMode.HALF_UP));
    AuditFinding f =
        DerivationFixtures.audit(List.of(input), Derivation.restatement(in(0)), printed, halfUp);
    boolean consistent =
        f.verdict() == Verdict.CONSISTENT || f.verdict() == Verdict.CONSISTENT_AT_PRECISION_EDGE;
    assertThat(consistent).as("%s restated as %s", input, printed).isEqualTo(common);
    GeneratorCoverage.label("common value")
        .coverage(
            cov -> {
              cov.check(true).percentage(x -> x > 15);
              cov.check(false).percentage(x -> x > 15);
            });
  }
}

package org.okr4j.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.audit.DerivationFixtures.exact;
import static org.okr4j.core.audit.DerivationFixtures.in;
import static org.okr4j.core.audit.DerivationFixtures.ins;
import static org.okr4j.core.audit.DerivationFixtures.printed;
import static org.okr4j.core.audit.DerivationFixtures.step;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.Derivation;
import org.okr4j.core.model.DerivationKind;
import org.okr4j.core.quantity.Interval;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;

/**
 * Every derivation kind on an exact example, audited three ways: consistent as printed; moved one
 * unit in its last digit, inconsistent (the inputs are exact and the value on the printed grid, so
 * no rounding mode reaches the neighbour); and, with the inputs stated coarsely, consistent only at
 * the edge of their precision.
 */
class DerivedFigureAuditTest {
  private static final Unit PCT = Unit.percent();
  private static final Unit N = Unit.count("things");
  private static final Unit SCORE = Unit.scoreOutOf(5);

  /**
   * One example: exact inputs giving {@code ok} exactly, the same inputs stated coarsely, and a
   * printed value those reach only within their precision.
   */
  record Example(
      String name,
      Function<Integer, Derivation> derivation,
      List<Quantity> exactInputs,
      List<Quantity> coarseInputs,
      Quantity ok,
      Quantity moved,
      Quantity edge) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Example> examples() {
    return Stream.of(
        // 250 / 1000 × 100 = 25; with inputs to the nearest 10, 245 / 1005 … 255 / 995 = 25.63
        new Example(
            "share",
            n -> Derivation.share(in(0), in(1)),
            List.of(exact("250", N), exact("1000", N)),
            List.of(step("250", "10", N), step("1000", "10", N)),
            printed("25", PCT),
            printed("26", PCT),
            printed("26", PCT)),
        // 2000 / 1000 = 2x; to the nearest 100: 1950 / 1050 … 2050 / 950 = 2.158
        new Example(
            "ratio as a multiple",
            n -> Derivation.ratio(in(0), in(1)),
            List.of(exact("2000", N), exact("1000", N)),
            List.of(step("2000", "100", N), step("1000", "100", N)),
            printed("2.0", Unit.ratio()),
            printed("2.1", Unit.ratio()),
            printed("2.1", Unit.ratio())),
        // halved: 500 / 1000 = 0.5
        new Example(
            "ratio halved",
            n -> Derivation.ratio(in(0), in(1)),
            List.of(exact("500", N), exact("1000", N)),
            List.of(step("500", "100", N), step("1000", "100", N)),
            printed("0.50", Unit.ratio()),
            printed("0.51", Unit.ratio()),
            printed("0.55", Unit.ratio())),
        // 1920 − 1880 = 40; to the nearest 10 the difference is anywhere in [30, 50]
        new Example(
            "difference",
            n -> Derivation.difference(in(0), in(1)),
            List.of(exact("1880", N), exact("1920", N)),
            List.of(step("1880", "10", N), step("1920", "10", N)),
            printed("40", N),
            printed("41", N),
            printed("45", N)),
        // (1100 − 1000) / 1000 × 100 = 10; coarse: up to (1105 − 995) / 995 = 11.06
        new Example(
            "relative change",
            n -> Derivation.relativeChange(in(0), in(1)),
            List.of(exact("1000", N), exact("1100", N)),
            List.of(step("1000", "10", N), step("1100", "10", N)),
            printed("10", PCT),
            printed("11", PCT),
            printed("11", PCT)),
        // 50 − 40 = 10 pp; coarse: [0, 20]
        new Example(
            "percentage-point change",
            n -> Derivation.percentagePointChange(in(0), in(1)),
            List.of(exact("40", PCT), exact("50", PCT)),
            List.of(step("40", "10", PCT), step("50", "10", PCT)),
            printed("10", PCT),
            printed("11", PCT),
            printed("11", PCT)),
        // (3.4 − 3.8) / 5 × 100 = −8 points; to the nearest 0.2: [−12, −4]
        new Example(
            "scale-point change",
            n -> Derivation.scalePointChange(in(0), in(1)),
            List.of(exact("3.8", SCORE), exact("3.4", SCORE)),
            List.of(step("3.8", "0.2", SCORE), step("3.4", "0.2", SCORE)),
            printed("-8", PCT),
            printed("-9", PCT),
            printed("-9", PCT)),
        // 3.8 / 5 × 100 = 76; to the nearest 0.2: [74, 78]
        new Example(
            "percent of scale",
            n -> Derivation.percentOfScale(in(0)),
            List.of(exact("3.8", SCORE)),
            List.of(step("3.8", "0.2", SCORE)),
            printed("76", PCT),
            printed("77", PCT),
            printed("77", PCT)),
        // 1880 × 1.05 = 1974; base to the nearest 10: [1968.75, 1979.25]
        new Example(
            "applied change",
            n -> Derivation.appliedChange(in(0), ChangeMeasure.RELATIVE, new BigDecimal("5")),
            List.of(exact("1880", N)),
            List.of(step("1880", "10", N)),
            printed("1974", N),
            printed("1975", N),
            printed("1975", N)),
        // 100 + 200 + 300 = 600; each to the nearest 10: [585, 615]
        new Example(
            "sum",
            n -> Derivation.sum(ins(3)),
            List.of(exact("100", N), exact("200", N), exact("300", N)),
            List.of(step("100", "10", N), step("200", "10", N), step("300", "10", N)),
            printed("600", N),
            printed("601", N),
            printed("601", N)),
        // (100 + 200 + 300) / 3 = 200; [195, 205]
        new Example(
            "mean",
            n -> Derivation.mean(ins(3)),
            List.of(exact("100", N), exact("200", N), exact("300", N)),
            List.of(step("100", "10", N), step("200", "10", N), step("300", "10", N)),
            printed("200", N),
            printed("201", N),
            printed("201", N)),
        // 800 / 1000 × 100 = 80; up to 805 / 995 = 80.9
        new Example(
            "percent of target",
            n -> Derivation.percentOfTarget(in(0), in(1)),
            List.of(exact("800", N), exact("1000", N)),
            List.of(step("800", "10", N), step("1000", "10", N)),
            printed("80", PCT),
            printed("81", PCT),
            printed("81", PCT)),
        // 51,280,000 restated as 51.28M; 51.3M stands for [51.25M, 51.35M]
        new Example(
            "restatement",
            n -> Derivation.restatement(in(0)),
            List.of(exact("51280000", N)),
            List.of(Quantity.parse("51.3M", N)),
            Quantity.parse("51.28M", N),
            Quantity.parse("51.29M", N),
            Quantity.parse("51.28M", N)));
  }

  private static AuditFinding audit(
      Example x, List<Quantity> inputs, Quantity printed, AuditPolicy policy) {
    return DerivationFixtures.audit(inputs, x.derivation().apply(inputs.size()), printed, policy);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void consistentAsPrinted_inSearchAndStrict(Example x) {
    for (AuditPolicy policy : List.of(AuditPolicy.search(), AuditPolicy.strict())) {
      AuditFinding f = audit(x, x.exactInputs(), x.ok(), policy);
      assertThat(f.verdict()).as(x.name()).isEqualTo(Verdict.CONSISTENT);
      assertThat(f.kind()).isEqualTo(FigureKind.DERIVED);
      assertThat(f.computed()).contains(x.ok().toRational());
      // exact inputs, a value on the printed grid: every mode prints it and nothing else
      Interval point = Interval.of(x.ok().toRational());
      assertThat(f.tolerance().asPrinted()).contains(point);
      assertThat(f.tolerance().withinPrecision()).contains(point);
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void movedOneUnitInItsLastDigit_inconsistent(Example x) {
    for (AuditPolicy policy : List.of(AuditPolicy.search(), AuditPolicy.strict())) {
      AuditFinding f = audit(x, x.exactInputs(), x.moved(), policy);
      assertThat(f.verdict()).as(x.name()).isEqualTo(Verdict.INCONSISTENT);
      assertThat(f.tolerance().withinPrecision().orElseThrow().contains(x.moved().toRational()))
          .isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void coarseInputs_consistentOnlyAtTheEdgeOfTheirPrecision(Example x) {
    AuditFinding f = audit(x, x.coarseInputs(), x.edge(), AuditPolicy.search());
    assertThat(f.verdict()).as(x.name()).isEqualTo(Verdict.CONSISTENT_AT_PRECISION_EDGE);
    assertThat(f.reproducesAsPrinted()).isFalse();
    assertThat(f.matched().orElseThrow().isWithinInputPrecision()).isTrue();
    assertThat(f.tolerance().withinPrecision().orElseThrow().contains(x.edge().toRational()))
        .isTrue();
    assertThat(f.tolerance().asPrinted().orElseThrow().contains(x.edge().toRational())).isFalse();
    assertThat(f.explanation().result())
        .contains("only with inputs at the edge of their stated precision");
    // strict takes the inputs as printed: the same figure is inconsistent
    assertThat(audit(x, x.coarseInputs(), x.edge(), AuditPolicy.strict()).verdict())
        .isEqualTo(Verdict.INCONSISTENT);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void derivationKind_isTheClaimedOne(Example x) {
    AuditFinding f = audit(x, x.exactInputs(), x.ok(), AuditPolicy.search());
    DerivationKind kind = x.derivation().apply(x.exactInputs().size()).kind();
    assertThat(f.derivationKind()).isEqualTo(kind);
    assertThat(f.claimed().isClaimedBasis()).isTrue();
    assertThat(f.location()).isEqualTo("derived figure d");
    assertThat(Rational.of(1)).isNotNull();
  }
}

package org.okr4j.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Share;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.testing.GeneratorCoverage;

/** The audit's verdicts on shares computed from exact inputs and printed in known ways. */
class FigureAuditProperties {

  private static AuditFinding auditShare(long part, long whole, BigDecimal printed) {
    KeyResult k =
        KeyResult.builder()
            .id("k")
            .statement("share")
            .metric(Metric.of("share", Unit.percent(), Direction.HIGHER_IS_BETTER))
            .baseline(
                Baseline.builder()
                    .value(Quantity.of(printed, Unit.percent()))
                    .share(
                        Share.of(
                            Quantity.exact(part, Unit.count()),
                            Quantity.exact(whole, Unit.count())))
                    .build())
            .target(Target.toBeDetermined())
            .build();
    List<AuditFinding> findings =
        FigureAudit.audit(Objective.builder().id("o").title("o").addKeyResults(k).build());
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  private static Rational share(long part, long whole) {
    return Rational.of(part, whole).multipliedBy(Rational.ONE_HUNDRED);
  }

  @Property
  void printedHalfUp_isConsistent(
      @ForAll @LongRange(min = 0, max = 1_000_000) long part,
      @ForAll @LongRange(min = 1, max = 1_000_000) long whole,
      @ForAll @IntRange(min = 0, max = 3) int decimals) {
    BigDecimal printed = share(part, whole).toBigDecimal(decimals, RoundingMode.HALF_UP);
    AuditFinding f = auditShare(part, whole, printed);
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(f.computed()).contains(share(part, whole));
  }

  @Property
  void printedTruncated_isConsistentOnlyUnderAnotherRoundingWhenItDiffers(
      @ForAll @LongRange(min = 0, max = 1_000_000) long part,
      @ForAll @LongRange(min = 1, max = 1_000_000) long whole,
      @ForAll @IntRange(min = 0, max = 3) int decimals) {
    Rational exact = share(part, whole);
    BigDecimal halfUp = exact.toBigDecimal(decimals, RoundingMode.HALF_UP);
    BigDecimal truncated = exact.toBigDecimal(decimals, RoundingMode.DOWN);
    boolean differs = halfUp.compareTo(truncated) != 0;
    GeneratorCoverage.label("truncation differs").collect(differs);
    GeneratorCoverage.label("truncation differs")
        .coverage(c -> c.check(true).percentage(p -> p > 10));
    AuditFinding f = auditShare(part, whole, truncated);
    assertThat(f.verdict())
        .isEqualTo(differs ? Verdict.CONSISTENT_UNDER_ROUNDING : Verdict.CONSISTENT);
    if (differs) {
      assertThat(f.matched().orElseThrow().rounding())
          .isIn(RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN, RoundingMode.DOWN);
    }
  }

  @Property
  void printedFarFromAnyRounding_isInconsistentWithTheExactValueAsRange(
      @ForAll @LongRange(min = 0, max = 1_000_000) long part,
      @ForAll @LongRange(min = 1, max = 1_000_000) long whole,
      @ForAll @IntRange(min = 0, max = 3) int decimals,
      @ForAll @IntRange(min = 2, max = 50) int ulps) {
    Rational exact = share(part, whole);
    BigDecimal printed =
        exact
            .toBigDecimal(decimals, RoundingMode.HALF_UP)
            .add(BigDecimal.valueOf(ulps).scaleByPowerOfTen(-decimals));
    AuditFinding f = auditShare(part, whole, printed);
    assertThat(f.verdict()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(f.claimedRange().orElseThrow().isPoint()).isTrue();
    assertThat(f.claimedRange().orElseThrow().lower()).isEqualTo(exact);
  }
}

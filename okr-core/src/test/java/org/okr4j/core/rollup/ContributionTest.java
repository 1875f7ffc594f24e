package org.okr4j.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.ValueClassAssertions.assertHashesSpread;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.okr4j.core.calc.Explanation;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.UndefinedReason;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.testing.CalcTesting;

class ContributionTest {
  private static final Outcome<Rational> PROGRESS =
      Outcome.defined(Rational.of(39, 94), () -> Explanation.of("progress", "f", "s", "41.49%"));
  private static final Outcome<Rational> NOT_SET =
      Outcome.undefined(
          UndefinedReason.TARGET_NOT_SET,
          Explanation.of("progress", "f", "X% (TBD)", "undefined (target not set)"));

  private static final Contribution TOOL_MAINTAINERS =
      Contribution.of(Contribution.Kind.KEY_RESULT, "tool-maintainers", BigDecimal.ONE, PROGRESS);

  @Test
  void of_keepsEveryPart() {
    assertThat(TOOL_MAINTAINERS.kind()).isEqualTo(Contribution.Kind.KEY_RESULT);
    assertThat(TOOL_MAINTAINERS.id()).isEqualTo("tool-maintainers");
    assertThat(TOOL_MAINTAINERS.weight()).isEqualTo(BigDecimal.ONE);
    assertThat(TOOL_MAINTAINERS.progress()).isEqualTo(PROGRESS);
  }

  @Test
  void of_negativeWeight_refused() {
    assertThatThrownBy(
            () ->
                Contribution.of(Contribution.Kind.OBJECTIVE, "o", BigDecimal.valueOf(-1), PROGRESS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight (-1) must be >= 0");
  }

  @Test
  void of_progressOutsideUnitInterval_refused() {
    for (Rational p : new Rational[] {Rational.of(11, 8), Rational.of(-1, 2)}) {
      Outcome<Rational> outcome =
          Outcome.defined(p, () -> Explanation.of("progress", "p", "p", p.toString()));
      assertThatThrownBy(
              () -> Contribution.of(Contribution.Kind.KEY_RESULT, "kr", BigDecimal.ONE, outcome))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("contribution progress (" + p + ") must be within [0, 1]");
    }
  }

  @Test
  void isIncluded_definedAndPositiveWeight() {
    assertThat(TOOL_MAINTAINERS.isIncluded()).isTrue();
    assertThat(
            Contribution.of(Contribution.Kind.KEY_RESULT, "k", BigDecimal.ZERO, PROGRESS)
                .isIncluded())
        .isFalse();
    assertThat(
            Contribution.of(Contribution.Kind.KEY_RESULT, "k", BigDecimal.ONE, NOT_SET)
                .isIncluded())
        .isFalse();
  }

  @Test
  void equalsAndHashCode_weightComparedNumerically() {
    new EqualsTester()
        .addEqualityGroup(
            TOOL_MAINTAINERS,
            Contribution.of(
                Contribution.Kind.KEY_RESULT, "tool-maintainers", new BigDecimal("1.00"), PROGRESS))
        .addEqualityGroup(
            Contribution.of(
                Contribution.Kind.OBJECTIVE, "tool-maintainers", BigDecimal.ONE, PROGRESS))
        .addEqualityGroup(
            Contribution.of(Contribution.Kind.KEY_RESULT, "ai-tools", BigDecimal.ONE, PROGRESS))
        .addEqualityGroup(
            Contribution.of(
                Contribution.Kind.KEY_RESULT, "tool-maintainers", BigDecimal.TEN, PROGRESS))
        .addEqualityGroup(
            Contribution.of(
                Contribution.Kind.KEY_RESULT, "tool-maintainers", BigDecimal.ONE, NOT_SET))
        .testEquals();
  }

  @Test
  void toString_idWeightProgress() {
    assertThat(TOOL_MAINTAINERS).hasToString("tool-maintainers ×1: Defined[39/94]");
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester()
        .setDefault(Contribution.Kind.class, Contribution.Kind.KEY_RESULT)
        .testAllPublicStaticMethods(Contribution.class);
    CalcTesting.nullPointerTester().testAllPublicInstanceMethods(TOOL_MAINTAINERS);
  }

  @Test
  void immutable() {
    CalcTesting.assertImmutableClass(Contribution.class);
  }

  @Test
  void hashCode_spreadsUnequalContributions() {
    assertHashesSpread(
        TOOL_MAINTAINERS,
        Contribution.of(Contribution.Kind.OBJECTIVE, "tool-maintainers", BigDecimal.ONE, PROGRESS),
        Contribution.of(Contribution.Kind.KEY_RESULT, "ai-tools", BigDecimal.ONE, PROGRESS),
        Contribution.of(
            Contribution.Kind.KEY_RESULT, "tool-maintainers", BigDecimal.TEN, PROGRESS));
  }
}

package org.okr4j.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.ValueClassAssertions.assertHashesSpread;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.calc.Explanation;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.testing.CalcTesting;

class ObjectiveProgressTest {
  private static final Contribution TOOL_MAINTAINERS =
      Contribution.of(
          Contribution.Kind.KEY_RESULT,
          "tool-maintainers",
          BigDecimal.ONE,
          Outcome.defined(Rational.of(39, 94), () -> Explanation.of("p", "f", "s", "r")));

  private static final ObjectiveProgress ONE =
      ObjectiveProgress.of(Rational.of(39, 94), List.of(TOOL_MAINTAINERS));

  @Test
  void of_keepsProgressAndContributions() {
    assertThat(ONE.progress()).isEqualTo(Rational.of(39, 94));
    assertThat(ONE.contributions()).containsExactly(TOOL_MAINTAINERS);
  }

  @Test
  void of_copiesContributions() {
    List<Contribution> contributions = new ArrayList<>(List.of(TOOL_MAINTAINERS));
    ObjectiveProgress p = ObjectiveProgress.of(Rational.ONE, contributions);
    contributions.clear();
    assertThat(p.contributions()).containsExactly(TOOL_MAINTAINERS);
    assertThatThrownBy(() -> p.contributions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void of_progressOutsideUnitInterval_refused() {
    assertThatThrownBy(() -> ObjectiveProgress.of(Rational.of(11, 8), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("progress (11/8) must be within [0, 1]");
    assertThatThrownBy(() -> ObjectiveProgress.of(Rational.of(-1, 2), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("progress (-1/2) must be within [0, 1]");
  }

  @Test
  void of_nullContribution_refusedWithIndex() {
    assertThatThrownBy(
            () -> ObjectiveProgress.of(Rational.ONE, Arrays.asList(TOOL_MAINTAINERS, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("contributions[1] must not be null");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            ONE, ObjectiveProgress.of(Rational.of(78, 188), List.of(TOOL_MAINTAINERS)))
        .addEqualityGroup(ObjectiveProgress.of(Rational.ONE, List.of(TOOL_MAINTAINERS)))
        .addEqualityGroup(ObjectiveProgress.of(Rational.of(39, 94), List.of()))
        .testEquals();
  }

  @Test
  void toString_progressAndContributions() {
    assertThat(ONE).hasToString("ObjectiveProgress[39/94, [tool-maintainers ×1: Defined[39/94]]]");
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicStaticMethods(ObjectiveProgress.class);
    CalcTesting.nullPointerTester().testAllPublicInstanceMethods(ONE);
  }

  @Test
  void immutable() {
    CalcTesting.assertImmutableClass(ObjectiveProgress.class);
  }

  @Test
  void hashCode_spreadsUnequalRollups() {
    assertHashesSpread(
        ONE,
        ObjectiveProgress.of(Rational.ONE, List.of(TOOL_MAINTAINERS)),
        ObjectiveProgress.of(Rational.of(39, 94), List.of()),
        ObjectiveProgress.of(Rational.of(1, 3), List.of()));
  }
}

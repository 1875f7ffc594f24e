package org.okr4j.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.ValueClassAssertions.assertHashesSpread;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.testing.CalcTesting;

class ExplanationTest {
  private static final Explanation PROGRESS =
      Explanation.of(
          "progress",
          "(current − baseline) / (target − baseline)",
          "(1919 − 1880) / (1974 − 1880)",
          "41.49%");

  private static final Explanation TARGET_VALUE =
      Explanation.of(
          "target value", "baseline × (1 + change / 100)", "1880 × (1 + 5 / 100)", "1974");

  @Test
  void of_keepsEveryPart() {
    assertThat(PROGRESS.subject()).isEqualTo("progress");
    assertThat(PROGRESS.formula()).isEqualTo("(current − baseline) / (target − baseline)");
    assertThat(PROGRESS.substituted()).isEqualTo("(1919 − 1880) / (1974 − 1880)");
    assertThat(PROGRESS.result()).isEqualTo("41.49%");
    assertThat(PROGRESS.steps()).isEmpty();
  }

  @Test
  void brief_numbersAndResult() {
    assertThat(PROGRESS.brief()).isEqualTo("(1919 − 1880) / (1974 − 1880) = 41.49%");
  }

  @Test
  void toString_wholeExplanationOnOneLine() {
    assertThat(PROGRESS)
        .hasToString(
            "progress = (current − baseline) / (target − baseline) = (1919 − 1880) / (1974 −"
                + " 1880) = 41.49%");
  }

  @Test
  void toString_withSteps_inBrackets() {
    Explanation other = Explanation.of("a", "b", "c", "d");
    Explanation withSteps = PROGRESS.withSteps(List.of(TARGET_VALUE, other));
    assertThat(withSteps.toString())
        .endsWith(
            "= 41.49% [where target value = baseline × (1 + change / 100) = 1880 × (1 + 5 /"
                + " 100) = 1974; a = b = c = d]");
  }

  @Test
  void withSteps_copiesAndLeavesOriginal() {
    List<Explanation> steps = new ArrayList<>(List.of(TARGET_VALUE));
    Explanation withSteps = PROGRESS.withSteps(steps);
    steps.clear();
    assertThat(withSteps.steps()).containsExactly(TARGET_VALUE);
    assertThat(PROGRESS.steps()).isEmpty();
    assertThat(withSteps).isNotEqualTo(PROGRESS);
    assertThatThrownBy(() -> withSteps.steps().add(TARGET_VALUE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void withSteps_nullStep_refusedWithIndex() {
    assertThatThrownBy(() -> PROGRESS.withSteps(Arrays.asList(TARGET_VALUE, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("steps[1] must not be null");
  }

  @Test
  void equalsAndHashCode_everyPart() {
    Explanation same =
        Explanation.of(
            "progress",
            "(current − baseline) / (target − baseline)",
            "(1919 − 1880) / (1974 − 1880)",
            "41.49%");
    assertThat(same).isEqualTo(PROGRESS).hasSameHashCodeAs(PROGRESS);
    assertThat(Explanation.of("x", PROGRESS.formula(), PROGRESS.substituted(), "41.49%"))
        .isNotEqualTo(PROGRESS);
    assertThat(Explanation.of("progress", "x", PROGRESS.substituted(), "41.49%"))
        .isNotEqualTo(PROGRESS);
    assertThat(Explanation.of("progress", PROGRESS.formula(), "x", "41.49%"))
        .isNotEqualTo(PROGRESS);
    assertThat(Explanation.of("progress", PROGRESS.formula(), PROGRESS.substituted(), "x"))
        .isNotEqualTo(PROGRESS);
    assertThat(PROGRESS).isNotEqualTo(PROGRESS.brief());
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicStaticMethods(Explanation.class);
    CalcTesting.nullPointerTester().testAllPublicInstanceMethods(PROGRESS);
  }

  @Test
  void immutable() {
    CalcTesting.assertImmutableClass(Explanation.class);
  }

  private static Explanation chain(int depth) {
    Explanation e = Explanation.of("x", "x", "x", "1");
    for (int i = 1; i < depth; i++) {
      e = Explanation.of("x", "x", "x", "1").withSteps(List.of(e));
    }
    return e;
  }

  @Test
  void withSteps_atTheDepthLimit_isAcceptedAndPrints() {
    Explanation deep = chain(Explanation.MAX_DEPTH);
    assertThat(deep.toString()).startsWith("x = x = ").endsWith("]".repeat(999));
    assertThat(deep).isEqualTo(chain(Explanation.MAX_DEPTH));
    assertThat(deep.hashCode()).isEqualTo(chain(Explanation.MAX_DEPTH).hashCode());
  }

  @Test
  void withSteps_beyondTheDepthLimit_isRefused() {
    // Found by probing: Explanation.toString overflowed the stack with 10,000 nested steps.
    Explanation deep = chain(Explanation.MAX_DEPTH);
    Explanation top = Explanation.of("total", "x", "x", "1");
    assertThatThrownBy(() -> top.withSteps(List.of(deep)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "explanation of \"total\" would nest 1001 deep, more than the maximum (1000,"
                + " Explanation.MAX_DEPTH)");
  }

  @Test
  void hashCode_spreadsUnequalExplanations() {
    assertHashesSpread(
        PROGRESS,
        Explanation.of("x", PROGRESS.formula(), PROGRESS.substituted(), "41.49%"),
        Explanation.of("progress", PROGRESS.formula(), "x", "41.49%"),
        Explanation.of("progress", "x", PROGRESS.substituted(), "41.49%"));
  }
}

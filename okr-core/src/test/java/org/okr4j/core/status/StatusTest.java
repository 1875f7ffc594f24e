package org.okr4j.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.calc.Explanation;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.testing.CalcTesting;

class StatusTest {
  private static final Explanation PROGRESS =
      Explanation.of(
          "progress",
          "(current − baseline) / (target − baseline)",
          "(1919 − 1880) / (1974 − 1880)",
          "41.49%");

  private static final Status YELLOW =
      Status.of(
          StatusColor.YELLOW,
          "grading",
          "progress 41.49% (green from 70.00%, yellow from 40.00%)",
          List.of(PROGRESS));

  @Test
  void of_keepsEveryPart() {
    assertThat(YELLOW.color()).isEqualTo(StatusColor.YELLOW);
    assertThat(YELLOW.rule()).isEqualTo("grading");
    assertThat(YELLOW.reason())
        .isEqualTo("progress 41.49% (green from 70.00%, yellow from 40.00%)");
    assertThat(YELLOW.evidence()).containsExactly(PROGRESS);
  }

  @Test
  void of_withoutEvidence_empty() {
    assertThat(Status.of(StatusColor.RED, "stated", "set by hand: frozen").evidence()).isEmpty();
  }

  @Test
  void of_blankRule_refused() {
    assertThatThrownBy(() -> Status.of(StatusColor.RED, " ", "why"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule (\" \") must not be blank");
  }

  @Test
  void of_nullEvidence_refusedWithIndex() {
    assertThatThrownBy(
            () -> Status.of(StatusColor.RED, "pace", "why", Arrays.asList(PROGRESS, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("evidence[1] must not be null");
  }

  @Test
  void of_copiesEvidence() {
    List<Explanation> evidence = new ArrayList<>(List.of(PROGRESS));
    Status s = Status.of(StatusColor.GREEN, "grading", "why", evidence);
    evidence.clear();
    assertThat(s.evidence()).containsExactly(PROGRESS);
    assertThatThrownBy(() -> s.evidence().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void withRule_renamesOnly() {
    Status renamed = YELLOW.withRule("first of stated, grading");
    assertThat(renamed.rule()).isEqualTo("first of stated, grading");
    assertThat(renamed.color()).isEqualTo(YELLOW.color());
    assertThat(renamed.reason()).isEqualTo(YELLOW.reason());
    assertThat(renamed.evidence()).isEqualTo(YELLOW.evidence());
    assertThat(YELLOW.rule()).isEqualTo("grading");
    assertThatThrownBy(() -> YELLOW.withRule(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule (\"\") must not be blank");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            YELLOW,
            Status.of(
                StatusColor.YELLOW,
                "grading",
                "progress 41.49% (green from 70.00%, yellow from 40.00%)",
                List.of(PROGRESS)))
        .addEqualityGroup(YELLOW.withRule("pace"))
        .addEqualityGroup(Status.of(StatusColor.RED, "grading", YELLOW.reason(), List.of(PROGRESS)))
        .addEqualityGroup(Status.of(StatusColor.YELLOW, "grading", "other", List.of(PROGRESS)))
        .addEqualityGroup(Status.of(StatusColor.YELLOW, "grading", YELLOW.reason()))
        .testEquals();
  }

  @Test
  void toString_colorRuleReason() {
    assertThat(YELLOW)
        .hasToString("YELLOW by grading: progress 41.49% (green from 70.00%, yellow from 40.00%)");
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicStaticMethods(Status.class);
    CalcTesting.nullPointerTester().testAllPublicInstanceMethods(YELLOW);
  }

  @Test
  void immutable() {
    CalcTesting.assertImmutableClass(Status.class);
  }
}

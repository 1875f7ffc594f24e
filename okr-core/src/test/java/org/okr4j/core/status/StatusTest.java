package org.okr4j.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.ValueClassAssertions.assertHashesSpread;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
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
  void lazy_buildsReasonAndEvidenceOnceWhenFirstAsked() {
    int[] calls = new int[2];
    Status lazy =
        Status.lazy(
            StatusColor.YELLOW,
            "grading",
            () -> {
              calls[0]++;
              return "progress 41.49% (green from 70.00%, yellow from 40.00%)";
            },
            () -> {
              calls[1]++;
              return new ArrayList<>(List.of(PROGRESS));
            });
    assertThat(lazy.color()).isEqualTo(StatusColor.YELLOW);
    assertThat(lazy.rule()).isEqualTo("grading");
    assertThat(calls).containsExactly(0, 0);
    assertThat(lazy).isEqualTo(YELLOW).hasSameHashCodeAs(YELLOW).hasToString(YELLOW.toString());
    assertThat(lazy.reason()).isEqualTo(YELLOW.reason());
    assertThat(lazy.evidence()).containsExactly(PROGRESS);
    assertThat(calls).containsExactly(1, 1);
    assertThat(lazy.withRule("first of grading").reason()).isEqualTo(YELLOW.reason());
    assertThat(calls).containsExactly(1, 1);
  }

  @Test
  void lazy_evidenceIsACopyThatCannotBeModified() {
    List<Explanation> evidence = new ArrayList<>(List.of(PROGRESS));
    Status lazy = Status.lazy(StatusColor.YELLOW, "grading", () -> "why", () -> evidence);
    assertThat(lazy.evidence()).containsExactly(PROGRESS);
    evidence.clear();
    assertThat(lazy.evidence()).containsExactly(PROGRESS);
    assertThatThrownBy(() -> lazy.evidence().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void lazy_checksWhatItBuildsWhenAsked() {
    Status noReason = Status.lazy(StatusColor.RED, "pace", () -> null, List::of);
    assertThatThrownBy(noReason::reason)
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reason must not be null");
    Status nullEvidence =
        Status.lazy(StatusColor.RED, "pace", () -> "why", () -> Arrays.asList(PROGRESS, null));
    assertThatThrownBy(nullEvidence::evidence)
        .isInstanceOf(NullPointerException.class)
        .hasMessage("evidence[1] must not be null");
  }

  @Test
  void lazy_checksItsArgumentsAtOnce() {
    assertThatThrownBy(() -> Status.lazy(StatusColor.RED, " ", () -> "why", List::of))
        .isInstanceOf(IllegalArgumentException.class);
    CalcTesting.nullPointerTester()
        .testStaticMethods(Status.class, NullPointerTester.Visibility.PACKAGE);
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

  @Test
  void hashCode_spreadsUnequalStatuses() {
    assertHashesSpread(
        YELLOW,
        YELLOW.withRule("pace"),
        Status.of(StatusColor.RED, "grading", YELLOW.reason(), List.of(PROGRESS)),
        Status.of(StatusColor.YELLOW, "grading", "other", List.of(PROGRESS)));
  }
}

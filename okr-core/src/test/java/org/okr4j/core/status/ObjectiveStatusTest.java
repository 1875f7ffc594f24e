package org.okr4j.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.status.RuleFixtures.Q3_DECK;

import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.StatedStatus;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.testing.CalcTesting;
import org.okr4j.core.testing.WikimediaDeck;

class ObjectiveStatusTest {
  private static final GradingRule GRADING = GradingRule.google();

  // By grading at the end of Q3: tool maintainers YELLOW, AI tools GREEN, developer
  // satisfaction RED, outstanding code reviews UNKNOWN (target not set).
  private static final KeyResult YELLOW = WikimediaDeck.toolMaintainers();
  private static final KeyResult GREEN = WikimediaDeck.aiTools();
  private static final KeyResult RED = WikimediaDeck.developerSatisfaction();
  private static final KeyResult UNKNOWN = WikimediaDeck.outstandingCodeReviews();

  /** An objective of the key results; a key result given twice is renamed, as ids are unique. */
  private static Objective objective(List<KeyResult> keyResults) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<KeyResult> unique = new java.util.ArrayList<>();
    for (KeyResult k : keyResults) {
      String id = k.id();
      for (int n = 2; !seen.add(id); n++) {
        id = k.id() + "-" + n;
      }
      unique.add(id.equals(k.id()) ? k : KeyResult.builder().from(k).id(id).build());
    }
    return Objective.builder()
        .id("platform-evolution")
        .title("Platform Evolution")
        .keyResults(unique)
        .build();
  }

  private static KeyResult weighted(KeyResult k, String weight) {
    return KeyResult.builder().from(k).weight(new BigDecimal(weight)).build();
  }

  private static Status status(Objective o, ObjectiveStatusPolicy policy) {
    return ObjectiveStatus.of(o, GRADING, Q3_DECK, policy);
  }

  @Test
  void weakest_worstColourLeavingUnknownOut() {
    Status s =
        status(objective(List.of(YELLOW, GREEN, RED, UNKNOWN)), ObjectiveStatusPolicy.WEAKEST);
    assertThat(s.color()).isEqualTo(StatusColor.RED);
    assertThat(s.rule()).isEqualTo("weakest of grading");
    assertThat(s.reason())
        .isEqualTo(
            "worst of tool-maintainers YELLOW, ai-tools GREEN, developer-satisfaction RED,"
                + " outstanding-code-reviews UNKNOWN");
  }

  @Test
  void mean_scoreOne_yellow() {
    Status s = status(objective(List.of(YELLOW, GREEN, RED, UNKNOWN)), ObjectiveStatusPolicy.MEAN);
    assertThat(s.color()).isEqualTo(StatusColor.YELLOW);
    assertThat(s.rule()).isEqualTo("mean of grading");
    assertThat(s.reason())
        .isEqualTo(
            "mean score 1.00 (red 0, yellow 1, green 2) of tool-maintainers YELLOW, ai-tools"
                + " GREEN, developer-satisfaction RED, outstanding-code-reviews UNKNOWN");
  }

  @Test
  void mean_exactlyThreeHalves_tieGoesToYellow() {
    Status s = status(objective(List.of(GREEN, YELLOW)), ObjectiveStatusPolicy.MEAN);
    assertThat(s.color()).isEqualTo(StatusColor.YELLOW);
    assertThat(s.reason()).startsWith("mean score 1.50 ");
  }

  @Test
  void mean_aboveThreeHalves_green() {
    Status s = status(objective(List.of(GREEN, GREEN, YELLOW)), ObjectiveStatusPolicy.MEAN);
    assertThat(s.color()).isEqualTo(StatusColor.GREEN);
    assertThat(s.reason()).startsWith("mean score 1.67 ");
  }

  @Test
  void mean_exactlyOneHalf_tieGoesToRed() {
    assertThat(status(objective(List.of(YELLOW, RED)), ObjectiveStatusPolicy.MEAN).color())
        .isEqualTo(StatusColor.RED);
    assertThat(status(objective(List.of(YELLOW, YELLOW, RED)), ObjectiveStatusPolicy.MEAN).color())
        .isEqualTo(StatusColor.YELLOW);
  }

  @Test
  void weighted_weightsTheScores() {
    // (1 + 2 + 3 × 0) / 5 = 3/5: yellow. (1 + 2 + 4 × 0) / 6 = 1/2: red.
    assertThat(
            status(
                    objective(List.of(YELLOW, GREEN, weighted(RED, "3"))),
                    ObjectiveStatusPolicy.WEIGHTED)
                .color())
        .isEqualTo(StatusColor.YELLOW);
    Status s =
        status(
            objective(List.of(YELLOW, GREEN, weighted(RED, "4"))), ObjectiveStatusPolicy.WEIGHTED);
    assertThat(s.color()).isEqualTo(StatusColor.RED);
    assertThat(s.rule()).isEqualTo("weighted of grading");
    assertThat(s.reason()).startsWith("mean score 0.50 ");
  }

  @Test
  void weightZero_excludedUnderEveryPolicy() {
    Objective o = objective(List.of(GREEN, weighted(RED, "0")));
    assertThat(status(o, ObjectiveStatusPolicy.WEIGHTED).color()).isEqualTo(StatusColor.GREEN);
    assertThat(status(o, ObjectiveStatusPolicy.MEAN).color()).isEqualTo(StatusColor.GREEN);
    assertThat(status(o, ObjectiveStatusPolicy.WEAKEST).color()).isEqualTo(StatusColor.GREEN);
  }

  @Test
  void nothingColoured_unknown() {
    Status s = status(objective(List.of(UNKNOWN)), ObjectiveStatusPolicy.WEAKEST);
    assertThat(s.color()).isEqualTo(StatusColor.UNKNOWN);
    assertThat(s.reason())
        .isEqualTo(
            "no key result or child objective has a colour: outstanding-code-reviews UNKNOWN");
    assertThat(status(objective(List.of()), ObjectiveStatusPolicy.MEAN).color())
        .isEqualTo(StatusColor.UNKNOWN);
  }

  @Test
  void children_judgedRecursivelyWithTheirWeight() {
    Objective contentIntegrity =
        Objective.builder()
            .id("content-integrity")
            .title("Content Integrity")
            .addKeyResults(RED)
            .weight(new BigDecimal("2"))
            .build();
    Objective parent =
        Objective.builder()
            .id("technology")
            .title("Technology")
            .addKeyResults(GREEN)
            .addChildren(contentIntegrity)
            .build();
    Status weakest = status(parent, ObjectiveStatusPolicy.WEAKEST);
    assertThat(weakest.color()).isEqualTo(StatusColor.RED);
    assertThat(weakest.reason()).isEqualTo("worst of ai-tools GREEN, content-integrity RED");
    // Weighted: (2 + 2 × 0) / 3 = 2/3: yellow; mean: (2 + 0) / 2 = 1: yellow.
    assertThat(status(parent, ObjectiveStatusPolicy.WEIGHTED).reason())
        .startsWith("mean score 0.67 ");
  }

  @Test
  void statedStatusOfTheObjective_notConsulted() {
    Objective o =
        Objective.builder()
            .from(objective(List.of(GREEN)))
            .statedStatus(StatedStatus.of(StatusColor.RED, "as printed"))
            .build();
    assertThat(status(o, ObjectiveStatusPolicy.WEAKEST).color()).isEqualTo(StatusColor.GREEN);
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester()
        .setDefault(StatusRule.class, GRADING)
        .setDefault(ObjectiveStatusPolicy.class, ObjectiveStatusPolicy.MEAN)
        .testAllPublicStaticMethods(ObjectiveStatus.class);
  }

  @Test
  void utilityClass() throws NoSuchMethodException {
    assertThat(Modifier.isFinal(ObjectiveStatus.class.getModifiers())).isTrue();
    assertThat(Modifier.isPrivate(ObjectiveStatus.class.getDeclaredConstructor().getModifiers()))
        .isTrue();
  }
}

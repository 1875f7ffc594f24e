package org.okr4j.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.status.RuleFixtures.Q3_DECK;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.testing.CalcTesting;
import org.okr4j.core.testing.WikimediaDeck;

class GradingRuleTest {
  private static final GradingRule GOOGLE = GradingRule.google();
  private static final Rational TINY = Rational.of(1, 1_000_000);

  @Test
  void google_greenFromPointSevenYellowFromPointFour() {
    assertThat(GOOGLE.greenFrom()).isEqualTo(Rational.of(7, 10));
    assertThat(GOOGLE.yellowFrom()).isEqualTo(Rational.of(2, 5));
    assertThat(GradingRule.google()).isSameAs(GOOGLE);
    assertThat(GOOGLE.name()).isEqualTo("grading");
    assertThat(GOOGLE).hasToString("grading (green from 7/10, yellow from 2/5)");
  }

  @Test
  void colorOf_exactlyPointSeven_green() {
    assertThat(GOOGLE.colorOf(Rational.of(7, 10))).isEqualTo(StatusColor.GREEN);
    assertThat(GOOGLE.colorOf(Rational.of(7, 10).minus(TINY))).isEqualTo(StatusColor.YELLOW);
  }

  @Test
  void colorOf_exactlyPointFour_yellow() {
    assertThat(GOOGLE.colorOf(Rational.of(2, 5))).isEqualTo(StatusColor.YELLOW);
    assertThat(GOOGLE.colorOf(Rational.of(2, 5).minus(TINY))).isEqualTo(StatusColor.RED);
  }

  @Test
  void colorOf_ends() {
    assertThat(GOOGLE.colorOf(Rational.ZERO)).isEqualTo(StatusColor.RED);
    assertThat(GOOGLE.colorOf(Rational.ONE)).isEqualTo(StatusColor.GREEN);
  }

  @Test
  void of_ownBands() {
    GradingRule strict = GradingRule.of(Rational.ONE, Rational.of(1, 2));
    assertThat(strict.colorOf(Rational.of(99, 100))).isEqualTo(StatusColor.YELLOW);
    assertThat(strict.colorOf(Rational.ONE)).isEqualTo(StatusColor.GREEN);
    GradingRule single = GradingRule.of(Rational.of(1, 2), Rational.of(1, 2));
    assertThat(single.colorOf(Rational.of(1, 2))).isEqualTo(StatusColor.GREEN);
    assertThat(single.colorOf(Rational.of(1, 2).minus(TINY))).isEqualTo(StatusColor.RED);
  }

  @Test
  void of_badBands_refused() {
    assertThatThrownBy(() -> GradingRule.of(Rational.of(2, 5), Rational.of(7, 10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("grading boundaries must satisfy 0 <= yellow (7/10) <= green (2/5) <= 1");
    assertThatThrownBy(() -> GradingRule.of(Rational.of(3, 2), Rational.of(1, 2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GradingRule.of(Rational.of(1, 2), Rational.of(-1, 2)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void evaluate_toolMaintainers_yellow() {
    Status s = GOOGLE.evaluate(WikimediaDeck.toolMaintainers(), Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.YELLOW);
    assertThat(s.rule()).isEqualTo("grading");
    assertThat(s.reason()).isEqualTo("progress 41.49% (green from 70.00%, yellow from 40.00%)");
    assertThat(s.evidence())
        .extracting(e -> e.brief())
        .containsExactly("(1919 − 1880) / (1974 − 1880) = 41.49%");
  }

  @Test
  void evaluate_elevenOfEightTools_greenAtClampedHundredPercent() {
    Status s = GOOGLE.evaluate(WikimediaDeck.aiTools(), Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.GREEN);
    assertThat(s.reason()).startsWith("progress 100.00% ");
  }

  @Test
  void evaluate_developerSatisfactionMovedAway_redAtZero() {
    Status s = GOOGLE.evaluate(WikimediaDeck.developerSatisfaction(), Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.RED);
    assertThat(s.reason()).startsWith("progress 0.00% ");
  }

  @Test
  void evaluate_exactlySeventyPercent_green() {
    assertThat(GOOGLE.evaluate(RuleFixtures.tasks("0", "10", "7"), Q3_DECK).color())
        .isEqualTo(StatusColor.GREEN);
    assertThat(GOOGLE.evaluate(RuleFixtures.tasks("0", "10", "6.99"), Q3_DECK).color())
        .isEqualTo(StatusColor.YELLOW);
  }

  @Test
  void evaluate_decreasingMetric_exactlySeventyPercent_green() {
    assertThat(GOOGLE.evaluate(RuleFixtures.tasks("10", "0", "3"), Q3_DECK).color())
        .isEqualTo(StatusColor.GREEN);
  }

  @Test
  void evaluate_targetNotSet_unknownWithReason() {
    Status s = GOOGLE.evaluate(WikimediaDeck.outstandingCodeReviews(), Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.UNKNOWN);
    assertThat(s.reason())
        .isEqualTo(
            "progress undefined: target of outstanding-code-reviews is X% (TBD) = undefined"
                + " (target not set)");
    assertThat(s.evidence()).hasSize(1);
  }

  @Test
  void evaluate_noCheckInYet_unknown() {
    StatusContext early = StatusContext.of(WikimediaDeck.FY20, LocalDate.of(2019, 7, 1));
    Status s = GOOGLE.evaluate(WikimediaDeck.toolMaintainers(), early);
    assertThat(s.color()).isEqualTo(StatusColor.UNKNOWN);
    assertThat(s.reason()).isEqualTo("no check-in by 2019-07-01");
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicStaticMethods(GradingRule.class);
    CalcTesting.nullPointerTester().testAllPublicInstanceMethods(GOOGLE);
  }

  @Test
  void immutable() {
    CalcTesting.assertImmutableClass(GradingRule.class);
  }
}

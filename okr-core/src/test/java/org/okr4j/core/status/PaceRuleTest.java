package org.okr4j.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.status.RuleFixtures.Q3_DECK;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.PaceCurve;
import org.okr4j.core.calc.PacePoint;
import org.okr4j.core.calc.Progress;
import org.okr4j.core.calc.TargetProgress;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.testing.CalcTesting;
import org.okr4j.core.testing.WikimediaDeck;

class PaceRuleTest {
  private static final PaceRule DEFAULTS = PaceRule.defaults();
  private static final Rational TINY = Rational.of(1, 1_000_000);
  private static final Rational EXPECTED = Rational.of(3, 4);

  @Test
  void defaults_tenAndTwentyFivePoints() {
    assertThat(DEFAULTS.greenTolerance()).isEqualTo(Rational.of(1, 10));
    assertThat(DEFAULTS.yellowTolerance()).isEqualTo(Rational.of(1, 4));
    assertThat(PaceRule.defaults()).isSameAs(DEFAULTS);
    assertThat(DEFAULTS.name()).isEqualTo("pace");
    assertThat(DEFAULTS).hasToString("pace (green within 1/10, yellow within 1/4)");
  }

  @Test
  void colorOf_gapExactlyTenPoints_green() {
    assertThat(DEFAULTS.colorOf(Rational.of(13, 20), EXPECTED)).isEqualTo(StatusColor.GREEN);
    assertThat(DEFAULTS.colorOf(Rational.of(13, 20).minus(TINY), EXPECTED))
        .isEqualTo(StatusColor.YELLOW);
  }

  @Test
  void colorOf_gapExactlyTwentyFivePoints_yellow() {
    assertThat(DEFAULTS.colorOf(Rational.of(1, 2), EXPECTED)).isEqualTo(StatusColor.YELLOW);
    assertThat(DEFAULTS.colorOf(Rational.of(1, 2).minus(TINY), EXPECTED))
        .isEqualTo(StatusColor.RED);
  }

  @Test
  void colorOf_ahead_green() {
    assertThat(DEFAULTS.colorOf(Rational.ONE, EXPECTED)).isEqualTo(StatusColor.GREEN);
  }

  @Test
  void of_ownTolerances() {
    PaceRule strict = PaceRule.of(Rational.ZERO, Rational.ZERO);
    assertThat(strict.colorOf(EXPECTED, EXPECTED)).isEqualTo(StatusColor.GREEN);
    assertThat(strict.colorOf(EXPECTED.minus(TINY), EXPECTED)).isEqualTo(StatusColor.RED);
  }

  @Test
  void of_badTolerances_refused() {
    assertThatThrownBy(() -> PaceRule.of(Rational.of(1, 4), Rational.of(1, 10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pace tolerances must satisfy 0 <= green (1/4) <= yellow (1/10) <= 1");
    assertThatThrownBy(() -> PaceRule.of(Rational.of(-1, 10), Rational.of(1, 4)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PaceRule.of(Rational.of(1, 10), Rational.of(5, 4)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void evaluate_toolMaintainersAtEndOfQ3_redThirtyThreePointsBehind() {
    Status s = DEFAULTS.evaluate(WikimediaDeck.toolMaintainers(), Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.RED);
    assertThat(s.rule()).isEqualTo("pace");
    assertThat(s.reason())
        .isEqualTo(
            "progress 41.49% against expected 75.14%: 33.65 points behind (green within 10.00,"
                + " yellow within 25.00)");
    assertThat(s.evidence())
        .extracting(e -> e.brief())
        .containsExactly(
            "(1919 − 1880) / (1974 − 1880) = 41.49%",
            "linear(275/366 of FY2019/20 elapsed on 2020-04-01) = 75.14%");
  }

  @Test
  void evaluate_givenTheProgress_judgesItWithoutComputingItAgain() {
    KeyResult maintainers = WikimediaDeck.toolMaintainers();
    Outcome<Progress> progress =
        TargetProgress.of(maintainers, Q3_DECK.checkInOf(maintainers).orElseThrow());
    Status s = DEFAULTS.evaluate(maintainers, Q3_DECK, progress);
    assertThat(s).isEqualTo(DEFAULTS.evaluate(maintainers, Q3_DECK));
    assertThat(s.color()).isEqualTo(StatusColor.RED);
    // The evidence is the explanation of the outcome given, not of one computed again.
    assertThat(s.evidence().get(0)).isSameAs(progress.explanation());
    StatusContext early = StatusContext.of(WikimediaDeck.FY20, WikimediaDeck.FY20.start());
    assertThat(DEFAULTS.evaluate(maintainers, early, progress).reason())
        .isEqualTo("no check-in by 2019-07-01");
  }

  @Test
  void evaluate_elevenOfEightTools_greenAhead() {
    Status s = DEFAULTS.evaluate(WikimediaDeck.aiTools(), Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.GREEN);
    assertThat(s.reason()).contains(": 24.86 points ahead");
  }

  @Test
  void evaluate_gapExactlyTenPoints_green_oneTaskLess_yellow() {
    // Expected 275/366; 2384/3660 = 275/366 − 1/10 exactly.
    assertThat(DEFAULTS.evaluate(RuleFixtures.tasks("0", "3660", "2384"), Q3_DECK).color())
        .isEqualTo(StatusColor.GREEN);
    assertThat(DEFAULTS.evaluate(RuleFixtures.tasks("0", "3660", "2383"), Q3_DECK).color())
        .isEqualTo(StatusColor.YELLOW);
  }

  @Test
  void evaluate_stepwisePace_changesTheExpected() {
    PaceCurve halfByQ2 =
        PaceCurve.stepwise(
            List.of(
                PacePoint.of(Rational.of(1, 2), Rational.of(1, 2)),
                PacePoint.of(Rational.ONE, Rational.ONE)));
    Status s = DEFAULTS.evaluate(WikimediaDeck.toolMaintainers(), Q3_DECK.withPace(halfByQ2));
    assertThat(s.color()).isEqualTo(StatusColor.GREEN);
    assertThat(s.reason()).contains("against expected 50.00%: 8.51 points behind");
  }

  @Test
  void evaluate_undefinedProgress_unknown() {
    Status s = DEFAULTS.evaluate(WikimediaDeck.outstandingCodeReviews(), Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.UNKNOWN);
    assertThat(s.reason()).startsWith("progress undefined: ");
  }

  @Test
  void evaluate_noCheckIn_unknown() {
    StatusContext early = StatusContext.of(WikimediaDeck.FY20, WikimediaDeck.FY20.start());
    assertThat(DEFAULTS.evaluate(WikimediaDeck.toolMaintainers(), early).reason())
        .isEqualTo("no check-in by 2019-07-01");
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicStaticMethods(PaceRule.class);
    CalcTesting.nullPointerTester().testAllPublicInstanceMethods(DEFAULTS);
  }

  @Test
  void immutable() {
    CalcTesting.assertImmutableClass(PaceRule.class);
  }
}

package org.okr4j.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.status.RuleFixtures.Q3_DECK;
import static org.okr4j.core.testing.WikimediaDeck.Q2;
import static org.okr4j.core.testing.WikimediaDeck.Q3;
import static org.okr4j.core.testing.WikimediaDeck.q;

import org.junit.jupiter.api.Test;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.testing.CalcTesting;
import org.okr4j.core.testing.WikimediaDeck;

class RegressionRuleTest {
  private static final RegressionRule BASELINE = RegressionRule.againstBaseline();
  private static final RegressionRule PREVIOUS = RegressionRule.againstPreviousPeriod();

  @Test
  void factories_referenceAndName() {
    assertThat(BASELINE.reference()).isEqualTo(ChangeReference.BASELINE);
    assertThat(BASELINE.name()).isEqualTo("regression from baseline");
    assertThat(BASELINE).hasToString("regression from baseline");
    assertThat(PREVIOUS.reference()).isEqualTo(ChangeReference.PREVIOUS_PERIOD);
    assertThat(PREVIOUS.name()).isEqualTo("regression from previous period");
    assertThat(RegressionRule.againstBaseline()).isSameAs(BASELINE);
  }

  @Test
  void evaluate_outstandingCodeReviewsUp_lowerIsBetter_red() {
    Status s = BASELINE.evaluate(WikimediaDeck.outstandingCodeReviews(), Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.RED);
    assertThat(s.reason())
        .isEqualTo("regressed: 1134 code reviews → 1151 code reviews (lower is better)");
  }

  @Test
  void evaluate_toolMaintainersUp_higherIsBetter_green() {
    Status s = BASELINE.evaluate(WikimediaDeck.toolMaintainers(), Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.GREEN);
    assertThat(s.reason())
        .isEqualTo("improved: 1880 maintainers → 1919 maintainers (higher is better)");
  }

  @Test
  void evaluate_unchanged_yellow() {
    KeyResult k = RuleFixtures.tasks("10", "20", "10.0");
    Status s = BASELINE.evaluate(k, Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.YELLOW);
    assertThat(s.reason()).startsWith("unchanged: ");
  }

  @Test
  void evaluate_cycleTimeAgainstPreviousPeriod_red_againstBaselineRed() {
    KeyResult k = WikimediaDeck.cycleTime();
    Status previous = PREVIOUS.evaluate(k, Q3_DECK);
    assertThat(previous.color()).isEqualTo(StatusColor.RED);
    assertThat(previous.reason()).isEqualTo("regressed: 10.3 days → 14 days (lower is better)");
    StatusContext endOfQ2 = StatusContext.of(WikimediaDeck.FY20, Q3.start());
    assertThat(BASELINE.evaluate(k, endOfQ2).color()).isEqualTo(StatusColor.GREEN);
  }

  @Test
  void evaluate_firstCheckInAgainstPreviousPeriod_unknown() {
    Status s = PREVIOUS.evaluate(WikimediaDeck.toolMaintainers(), Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.UNKNOWN);
    assertThat(s.reason()).isEqualTo("nothing to compare with");
  }

  @Test
  void evaluate_noMetric_unknown() {
    Status s = BASELINE.evaluate(WikimediaDeck.internships(), Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.UNKNOWN);
    assertThat(s.reason()).isEqualTo("no metric or no measured value to compare");
  }

  @Test
  void evaluate_noValue_unknown() {
    KeyResult k =
        WikimediaDeck.measured(
                "cycle-time",
                Unit.days(),
                org.okr4j.core.model.Direction.LOWER_IS_BETTER,
                "11.6",
                Target.toBeDetermined())
            .addCheckIns(
                CheckIn.of(Q2, q("10.3", Unit.days())), CheckIn.of(Q3, CheckInState.NO_CHANGE))
            .build();
    assertThat(BASELINE.evaluate(k, Q3_DECK).color()).isEqualTo(StatusColor.UNKNOWN);
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicStaticMethods(RegressionRule.class);
    CalcTesting.nullPointerTester().testAllPublicInstanceMethods(BASELINE);
  }

  @Test
  void immutable() {
    CalcTesting.assertImmutableClass(RegressionRule.class);
  }
}

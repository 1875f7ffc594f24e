package org.okr4j.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.WikimediaDeck.END_OF_Q3;
import static org.okr4j.core.testing.WikimediaDeck.FY20;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.calc.PaceCurve;
import org.okr4j.core.calc.PacePoint;
import org.okr4j.core.forecast.ProjectionMethod;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.quantity.Interval;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.testing.CalcTesting;
import org.okr4j.core.testing.WikimediaDeck;

class ForecastRuleTest {
  private static final ForecastRule DEFAULTS = ForecastRule.defaults();
  private static final StatusContext Q3_END = StatusContext.of(FY20, END_OF_Q3);
  private static final Rational TINY = Rational.of(1, 1_000_000);
  private static final Rational EIGHTY_FIVE = Rational.of(17, 20);

  @Test
  void defaults_leastSquares_greenFromOne_yellowFromEightyFivePercent() {
    assertThat(DEFAULTS.method()).isEqualTo(ProjectionMethod.LEAST_SQUARES);
    assertThat(DEFAULTS.bands().greenFrom()).isEqualTo(Rational.ONE);
    assertThat(DEFAULTS.bands().yellowFrom()).isEqualTo(EIGHTY_FIVE);
    assertThat(DEFAULTS.name()).isEqualTo("forecast");
    assertThat(DEFAULTS).hasToString("forecast by least squares (green from 1, yellow from 17/20)");
  }

  @Test
  void colorOf_greenBoundary_isTheLowerEndAtOne() {
    assertThat(DEFAULTS.colorOf(Interval.between(Rational.ONE, Rational.of(2))))
        .isEqualTo(StatusColor.GREEN);
    assertThat(DEFAULTS.colorOf(Interval.between(Rational.ONE.minus(TINY), Rational.of(2))))
        .isEqualTo(StatusColor.YELLOW);
  }

  @Test
  void colorOf_redBoundary_isTheUpperEndBelowEightyFivePercent() {
    assertThat(DEFAULTS.colorOf(Interval.between(Rational.ZERO, EIGHTY_FIVE)))
        .isEqualTo(StatusColor.YELLOW);
    assertThat(DEFAULTS.colorOf(Interval.between(Rational.of(-1), EIGHTY_FIVE.minus(TINY))))
        .isEqualTo(StatusColor.RED);
  }

  @Test
  void evaluate_codeReviewTime_projectedPastTheGoal_green() {
    // 13 days in [11.5, 14.5] against 18.62: progress from 225/19 to 375/19, both clamped to 1.
    Status s = DEFAULTS.evaluate(WikimediaDeck.codeReviewTime(), Q3_END);
    assertThat(s.color()).isEqualTo(StatusColor.GREEN);
    assertThat(s.rule()).isEqualTo("forecast");
    assertThat(s.reason())
        .isEqualTo(
            "projected by least squares to 13.00 (between 11.50 and 14.50), progress 1184.21% to"
                + " 1973.68% by 2020-07-01 (green from 100.00%, yellow from 85.00%)");
    assertThat(s.evidence()).hasSize(1);
  }

  @Test
  void evaluate_cycleTime_movingAway_red() {
    assertThat(DEFAULTS.evaluate(WikimediaDeck.cycleTime(), Q3_END).color())
        .isEqualTo(StatusColor.RED);
  }

  @Test
  void evaluate_intervalAcrossTheGoal_yellow() {
    // 2 × 19.8 − 21 = 18.6 in [18, 19.2]; progress from −10/19 to 50/19 against 18.62.
    KeyResult k = WikimediaDeck.codeReviewTime("19.8");
    assertThat(DEFAULTS.evaluate(k, Q3_END).color()).isEqualTo(StatusColor.YELLOW);
  }

  @Test
  void evaluate_expectedPace_followsTheContextsCurve() {
    // API limiting 50% complete at the end of Q3. Linear: 50 × 366/275 ≈ 66.55%, red. Half
    // expected from mid-year: 0 + 50 / (1/2) = 100 ± 1.5, progress [0.985, 1.015]: yellow.
    ForecastRule pace = ForecastRule.of(ProjectionMethod.EXPECTED_PACE, Rational.ONE, EIGHTY_FIVE);
    KeyResult api = WikimediaDeck.apiLimiting();
    assertThat(pace.evaluate(api, Q3_END).color()).isEqualTo(StatusColor.RED);
    PaceCurve halves =
        PaceCurve.stepwise(
            List.of(
                PacePoint.of(Rational.of(1, 2), Rational.of(1, 2)),
                PacePoint.of(Rational.ONE, Rational.ONE)));
    assertThat(pace.evaluate(api, Q3_END.withPace(halves)).color()).isEqualTo(StatusColor.YELLOW);
    assertThat(pace.method()).isEqualTo(ProjectionMethod.EXPECTED_PACE);
  }

  @Test
  void evaluate_oneCheckIn_unknown() {
    Status s = DEFAULTS.evaluate(WikimediaDeck.toolMaintainers(), Q3_END);
    assertThat(s.color()).isEqualTo(StatusColor.UNKNOWN);
    assertThat(s.reason()).startsWith("no projection: 1 measured check-in(s)");
    assertThat(s.evidence()).hasSize(1);
  }

  @Test
  void evaluate_targetNotSet_unknown() {
    Status s = DEFAULTS.evaluate(WikimediaDeck.outstandingCodeReviews(), Q3_END);
    assertThat(s.color()).isEqualTo(StatusColor.UNKNOWN);
    assertThat(s.reason()).startsWith("projected progress undefined: ");
    assertThat(s.evidence()).hasSize(1);
  }

  @Test
  void of_checksItsBands() {
    assertThatThrownBy(
            () -> ForecastRule.of(ProjectionMethod.LEAST_SQUARES, Rational.of(1, 2), Rational.ONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester()
        .setDefault(Interval.class, Interval.of(Rational.ONE))
        .testAllPublicStaticMethods(ForecastRule.class);
    CalcTesting.nullPointerTester()
        .setDefault(Interval.class, Interval.of(Rational.ONE))
        .testAllPublicInstanceMethods(DEFAULTS);
  }
}

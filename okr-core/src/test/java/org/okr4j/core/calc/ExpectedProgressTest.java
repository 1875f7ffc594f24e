package org.okr4j.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.testing.CalcTesting;
import org.okr4j.core.testing.WikimediaDeck;

class ExpectedProgressTest {
  @Test
  void at_endOfQ3_linear_275Of366() {
    Outcome<Rational> e =
        ExpectedProgress.at(WikimediaDeck.FY20, WikimediaDeck.END_OF_Q3, PaceCurve.linear());
    assertThat(e.value()).isEqualTo(Rational.of(275, 366));
    Explanation x = e.explanation();
    assertThat(x.subject()).isEqualTo("expected progress");
    assertThat(x.formula()).isEqualTo("linear pace of the fraction of FY2019/20 elapsed");
    assertThat(x.brief()).isEqualTo("linear(275/366 of FY2019/20 elapsed on 2020-04-01) = 75.14%");
  }

  @Test
  void at_beforeAndAfterThePeriod_zeroAndOne() {
    assertThat(
            ExpectedProgress.at(WikimediaDeck.FY20, LocalDate.of(2019, 6, 1), PaceCurve.linear())
                .value())
        .isEqualTo(Rational.ZERO);
    assertThat(
            ExpectedProgress.at(WikimediaDeck.FY20, LocalDate.of(2019, 7, 1), PaceCurve.linear())
                .value())
        .isEqualTo(Rational.ZERO);
    assertThat(
            ExpectedProgress.at(WikimediaDeck.FY20, LocalDate.of(2020, 7, 1), PaceCurve.linear())
                .value())
        .isEqualTo(Rational.ONE);
  }

  @Test
  void at_stepwiseQuarters_endOfQ3IsHalfUntilTheLastDayPasses() {
    PaceCurve quarters =
        PaceCurve.stepwise(
            List.of(
                PacePoint.of(Rational.of(1, 4), Rational.of(1, 4)),
                PacePoint.of(Rational.of(1, 2), Rational.of(1, 2)),
                PacePoint.of(Rational.of(3, 4), Rational.of(3, 4)),
                PacePoint.of(Rational.ONE, Rational.ONE)));
    Outcome<Rational> e =
        ExpectedProgress.at(WikimediaDeck.FY20, WikimediaDeck.END_OF_Q3, quarters);
    // 275/366 is just past 3/4 = 274.5/366: the Q3 step has been reached.
    assertThat(e.value()).isEqualTo(Rational.of(3, 4));
    assertThat(e.explanation().brief())
        .isEqualTo("stepwise(275/366 of FY2019/20 elapsed on 2020-04-01) = 75.00%");
  }

  @Test
  void at_clock_usesTodayOfClock() {
    Clock clock = Clock.fixed(java.time.Instant.parse("2020-04-01T12:00:00Z"), ZoneOffset.UTC);
    assertThat(ExpectedProgress.at(WikimediaDeck.FY20, clock, PaceCurve.linear()))
        .isEqualTo(
            ExpectedProgress.at(WikimediaDeck.FY20, WikimediaDeck.END_OF_Q3, PaceCurve.linear()));
  }

  @Test
  void valueAt_isTheValueOfAt_withoutAnExplanation() {
    // 275 of the 366 days of FY2019/20 have elapsed at the start of 1 April 2020.
    assertThat(
            ExpectedProgress.valueAt(
                WikimediaDeck.FY20, WikimediaDeck.END_OF_Q3, PaceCurve.linear()))
        .isEqualTo(Rational.of(275, 366));
    assertThat(
            ExpectedProgress.valueAt(
                WikimediaDeck.FY20, LocalDate.of(2019, 6, 1), PaceCurve.linear()))
        .isEqualTo(Rational.ZERO);
    assertThatThrownBy(
            () ->
                ExpectedProgress.valueAt(
                    WikimediaDeck.FY20, WikimediaDeck.END_OF_Q3, elapsed -> Rational.of(2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("returned 2 for elapsed 275/366");
  }

  @Test
  void at_customCurveAboveOne_refused() {
    PaceCurve broken = elapsed -> Rational.of(2);
    assertThatThrownBy(
            () -> ExpectedProgress.at(WikimediaDeck.FY20, WikimediaDeck.END_OF_Q3, broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "pace curve custom returned 2 for elapsed 275/366; it must return a value within [0,"
                + " 1]");
  }

  @Test
  void at_customCurveBelowZero_refused() {
    PaceCurve broken = elapsed -> Rational.of(-1, 10);
    assertThatThrownBy(
            () -> ExpectedProgress.at(WikimediaDeck.FY20, WikimediaDeck.END_OF_Q3, broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("returned -1/10");
  }

  @Test
  void at_customCurveReturningNull_refused() {
    PaceCurve broken = elapsed -> nullRational();
    assertThatThrownBy(
            () -> ExpectedProgress.at(WikimediaDeck.FY20, WikimediaDeck.END_OF_Q3, broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("returned null");
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicStaticMethods(ExpectedProgress.class);
  }

  /** Breaks the contract on purpose, to test the guard. */
  @SuppressWarnings("NullAway")
  private static Rational nullRational() {
    return null;
  }
}

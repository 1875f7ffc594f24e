package org.okr4j.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.testing.ValueClassAssertions.assertHashesSpread;
import static org.okr4j.core.testing.WikimediaDeck.END_OF_Q3;
import static org.okr4j.core.testing.WikimediaDeck.Q1;
import static org.okr4j.core.testing.WikimediaDeck.Q2;
import static org.okr4j.core.testing.WikimediaDeck.Q3;
import static org.okr4j.core.testing.WikimediaDeck.q;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.UndefinedReason;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.Confidence;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.testing.CalcTesting;
import org.okr4j.core.testing.WikimediaDeck;

class ConfidenceTrendTest {
  private static CheckIn tools(org.okr4j.core.time.Period p, String v, Confidence c) {
    return CheckIn.builder().period(p).value(q(v, WikimediaDeck.TOOLS)).confidence(c).build();
  }

  private static KeyResult withConfidences(Confidence q1, Confidence q2, Confidence q3) {
    return KeyResult.builder()
        .from(WikimediaDeck.aiTools())
        .checkIns(java.util.List.of(tools(Q1, "4", q1), tools(Q2, "6", q2), tools(Q3, "11", q3)))
        .build();
  }

  @Test
  void lastTwo_acrossScales_falling() {
    // Q2 7/10, Q3 0.5: 1/2 − 7/10 = −1/5.
    KeyResult k =
        withConfidences(
            Confidence.of(Confidence.Level.HIGH),
            Confidence.outOfTen(BigDecimal.valueOf(7)),
            Confidence.ofFraction(new BigDecimal("0.5")));
    ConfidenceTrend t = ConfidenceTrend.of(k, END_OF_Q3).value();
    assertThat(t.change()).isEqualTo(Rational.of(-1, 5));
    assertThat(t.direction()).isEqualTo(ConfidenceTrend.Direction.FALLING);
    assertThat(t.from()).isEqualTo(Confidence.outOfTen(BigDecimal.valueOf(7)));
    assertThat(t.to()).isEqualTo(Confidence.ofFraction(new BigDecimal("0.5")));
    assertThat(t).hasToString("ConfidenceTrend[7/10 → 0.5, FALLING]");
    assertThat(ConfidenceTrend.of(k, END_OF_Q3).explanation().brief())
        .isEqualTo("0.5 − 0.7 = -0.2 (FALLING)");
    assertThat(ConfidenceTrend.latest(k, END_OF_Q3))
        .contains(Confidence.ofFraction(new BigDecimal("0.5")));
  }

  @Test
  void risingAndSteady() {
    Confidence low = Confidence.of(Confidence.Level.LOW);
    Confidence half = Confidence.ofFraction(new BigDecimal("0.5"));
    // As of 2020-01-01 the Q3 check-in is not yet made: LOW then 0.5 rises by 1/2.
    KeyResult k = withConfidences(low, half, Confidence.of(Confidence.Level.MEDIUM));
    assertThat(ConfidenceTrend.of(k, LocalDate.of(2020, 1, 1)).value().direction())
        .isEqualTo(ConfidenceTrend.Direction.RISING);
    // 0.5 then MEDIUM: both 1/2.
    assertThat(ConfidenceTrend.of(k, END_OF_Q3).value().direction())
        .isEqualTo(ConfidenceTrend.Direction.STEADY);
    assertThat(ConfidenceTrend.of(k, END_OF_Q3).value())
        .isEqualTo(ConfidenceTrend.of(k, END_OF_Q3).value())
        .hasSameHashCodeAs(ConfidenceTrend.of(k, END_OF_Q3).value())
        .isNotEqualTo(ConfidenceTrend.of(k, LocalDate.of(2020, 1, 1)).value());
  }

  @Test
  void fewerThanTwo_undefined() {
    Outcome<ConfidenceTrend> t = ConfidenceTrend.of(WikimediaDeck.aiTools(), END_OF_Q3);
    assertThat(t.undefinedReason()).contains(UndefinedReason.TOO_FEW_POINTS);
    assertThat(t.explanation().substituted())
        .isEqualTo("0 check-in(s) with a confidence by 2020-04-01");
    assertThat(ConfidenceTrend.latest(WikimediaDeck.aiTools(), END_OF_Q3)).isEmpty();
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicStaticMethods(ConfidenceTrend.class);
    CalcTesting.assertImmutableClass(ConfidenceTrend.class);
  }

  @Test
  void hashCode_spreadsUnequalTrends() {
    Confidence low = Confidence.of(Confidence.Level.LOW);
    Confidence half = Confidence.ofFraction(new BigDecimal("0.5"));
    KeyResult k = withConfidences(low, half, Confidence.of(Confidence.Level.MEDIUM));
    KeyResult falling =
        withConfidences(
            Confidence.of(Confidence.Level.HIGH),
            Confidence.outOfTen(BigDecimal.valueOf(7)),
            Confidence.ofFraction(new BigDecimal("0.5")));
    assertHashesSpread(
        ConfidenceTrend.of(k, END_OF_Q3).value(),
        ConfidenceTrend.of(k, LocalDate.of(2020, 1, 1)).value(),
        ConfidenceTrend.of(falling, END_OF_Q3).value());
  }
}

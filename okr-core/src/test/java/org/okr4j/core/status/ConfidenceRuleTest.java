package org.okr4j.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.WikimediaDeck.END_OF_Q3;
import static org.okr4j.core.testing.WikimediaDeck.FY20;
import static org.okr4j.core.testing.WikimediaDeck.Q3;
import static org.okr4j.core.testing.WikimediaDeck.q;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.Confidence;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.ObjectiveKind;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.testing.CalcTesting;
import org.okr4j.core.testing.WikimediaDeck;

class ConfidenceRuleTest {
  private static final ConfidenceRule HALF = ConfidenceRule.of(Rational.of(1, 2));
  private static final StatusContext Q3_END = StatusContext.of(FY20, END_OF_Q3);

  private static KeyResult tools(String id, Confidence c) {
    return KeyResult.builder()
        .from(WikimediaDeck.aiTools())
        .id(id)
        .checkIns(
            List.of(
                CheckIn.builder()
                    .period(Q3)
                    .value(q("11", WikimediaDeck.TOOLS))
                    .confidence(c)
                    .build()))
        .build();
  }

  @Test
  void belowTheFloor_red_atTheFloor_green() {
    Status below = HALF.evaluate(tools("a", Confidence.outOfTen(new BigDecimal("4.9"))), Q3_END);
    assertThat(below.color()).isEqualTo(StatusColor.RED);
    assertThat(below.reason()).isEqualTo("confidence 4.9/10 (49.00%) below the floor 50.00%");
    Status at = HALF.evaluate(tools("b", Confidence.of(Confidence.Level.MEDIUM)), Q3_END);
    assertThat(at.color()).isEqualTo(StatusColor.GREEN);
    assertThat(at.reason()).isEqualTo("confidence MEDIUM (50.00%) at or above the floor 50.00%");
  }

  @Test
  void noConfidence_unknown() {
    Status s = HALF.evaluate(WikimediaDeck.aiTools(), Q3_END);
    assertThat(s.color()).isEqualTo(StatusColor.UNKNOWN);
    assertThat(s.reason()).isEqualTo("no confidence stated by 2020-04-01");
  }

  @Test
  void committedBelowFloor_onlyForCommittedObjectives() {
    KeyResult low = tools("low", Confidence.ofFraction(new BigDecimal("0.3")));
    KeyResult high = tools("high", Confidence.ofFraction(new BigDecimal("0.9")));
    Objective aspirational = Objective.builder().id("a").title("a").addKeyResults(low).build();
    Objective committed =
        Objective.builder()
            .id("c")
            .title("c")
            .kind(ObjectiveKind.COMMITTED)
            .addKeyResults(low, high, WikimediaDeck.aiTools())
            .build();
    Objective parent =
        Objective.builder().id("p").title("p").addChildren(aspirational, committed).build();
    assertThat(HALF.committedBelowFloor(aspirational, Q3_END)).isEmpty();
    assertThat(HALF.committedBelowFloor(committed, Q3_END)).containsExactly(low);
    assertThat(HALF.committedBelowFloor(parent, Q3_END)).containsExactly(low);
  }

  @Test
  void floor_mustBeAFraction() {
    assertThatThrownBy(() -> ConfidenceRule.of(Rational.of(11, 10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidence floor (11/10) must be within [0, 1]");
    assertThatThrownBy(() -> ConfidenceRule.of(Rational.of(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ConfidenceRule.of(Rational.ZERO).floor()).isEqualTo(Rational.ZERO);
    assertThat(ConfidenceRule.of(Rational.ONE).floor()).isEqualTo(Rational.ONE);
    assertThat(HALF.name()).isEqualTo("confidence");
    assertThat(HALF).hasToString("confidence (floor 1/2)");
    assertThat(HALF.isBelowFloor(Confidence.of(Confidence.Level.LOW))).isTrue();
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester()
        .setDefault(Confidence.class, Confidence.of(Confidence.Level.LOW))
        .testAllPublicInstanceMethods(HALF);
  }
}

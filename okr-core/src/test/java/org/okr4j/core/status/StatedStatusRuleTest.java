package org.okr4j.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.status.RuleFixtures.Q3_DECK;

import org.junit.jupiter.api.Test;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.StatedStatus;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.testing.CalcTesting;
import org.okr4j.core.testing.WikimediaDeck;

class StatedStatusRuleTest {
  private static final StatedStatusRule RULE = StatedStatusRule.instance();

  @Test
  void instance_name() {
    assertThat(StatedStatusRule.instance()).isSameAs(RULE);
    assertThat(RULE.name()).isEqualTo("stated");
    assertThat(RULE).hasToString("stated");
  }

  @Test
  void evaluate_statedWithReason() {
    KeyResult k =
        KeyResult.builder()
            .from(WikimediaDeck.toolMaintainers())
            .statedStatus(StatedStatus.of(StatusColor.RED, "COVID-19 deployment freeze"))
            .build();
    Status s = RULE.evaluate(k, Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.RED);
    assertThat(s.rule()).isEqualTo("stated");
    assertThat(s.reason()).isEqualTo("set by hand: COVID-19 deployment freeze");
  }

  @Test
  void evaluate_statedWithoutReason() {
    KeyResult k =
        KeyResult.builder()
            .from(WikimediaDeck.toolMaintainers())
            .statedStatus(StatedStatus.of(StatusColor.GREEN))
            .build();
    assertThat(RULE.evaluate(k, Q3_DECK).reason()).isEqualTo("set by hand: no reason given");
  }

  @Test
  void evaluate_nothingStated_unknown() {
    Status s = RULE.evaluate(WikimediaDeck.toolMaintainers(), Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.UNKNOWN);
    assertThat(s.reason()).isEqualTo("no status stated");
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicStaticMethods(StatedStatusRule.class);
    CalcTesting.nullPointerTester().testAllPublicInstanceMethods(RULE);
  }

  @Test
  void immutable() {
    CalcTesting.assertImmutableClass(StatedStatusRule.class);
  }
}

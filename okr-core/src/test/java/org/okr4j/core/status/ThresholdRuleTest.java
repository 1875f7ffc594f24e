package org.okr4j.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.status.RuleFixtures.Q3_DECK;
import static org.okr4j.core.testing.WikimediaDeck.Q3;
import static org.okr4j.core.testing.WikimediaDeck.q;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.testing.CalcTesting;
import org.okr4j.core.testing.WikimediaDeck;

class ThresholdRuleTest {
  private static final ThresholdRule RULE = ThresholdRule.instance();

  @Test
  void instance_name() {
    assertThat(ThresholdRule.instance()).isSameAs(RULE);
    assertThat(RULE.name()).isEqualTo("threshold");
    assertThat(RULE).hasToString("threshold");
  }

  @Test
  void evaluate_belowExclusiveThreshold_green() {
    Status s = RULE.evaluate(WikimediaDeck.responseTimeBelow("9.31"), Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.GREEN);
    assertThat(s.reason()).isEqualTo("9.31 minutes < 13.2 minutes = 100% (met)");
    assertThat(s.evidence()).hasSize(1);
  }

  @Test
  void evaluate_exactlyAtExclusiveThreshold_red() {
    Status s = RULE.evaluate(WikimediaDeck.responseTimeBelow("13.2"), Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.RED);
    assertThat(s.reason()).isEqualTo("13.2 minutes < 13.2 minutes = 0% (not met)");
  }

  @Test
  void evaluate_band_greenInsideRedOutside() {
    Unit days = Unit.days();
    Target band = Target.between(q("10", days), q("20", days));
    KeyResult inside =
        WikimediaDeck.measured("t", days, Direction.LOWER_IS_BETTER, "19", band)
            .addCheckIns(CheckIn.of(Q3, q("20", days)))
            .build();
    KeyResult outside =
        WikimediaDeck.measured("t", days, Direction.LOWER_IS_BETTER, "19", band)
            .addCheckIns(CheckIn.of(Q3, q("21", days)))
            .build();
    assertThat(RULE.evaluate(inside, Q3_DECK).color()).isEqualTo(StatusColor.GREEN);
    assertThat(RULE.evaluate(outside, Q3_DECK).color()).isEqualTo(StatusColor.RED);
  }

  @Test
  void evaluate_valueTarget_unknown() {
    Status s = RULE.evaluate(WikimediaDeck.toolMaintainers(), Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.UNKNOWN);
    assertThat(s.reason()).isEqualTo("target is not a threshold or band");
  }

  @Test
  void evaluate_noCheckInYet_unknown() {
    StatusContext early = StatusContext.of(WikimediaDeck.FY20, LocalDate.of(2019, 12, 1));
    Status s = RULE.evaluate(WikimediaDeck.responseTimeBelow("9.31"), early);
    assertThat(s.color()).isEqualTo(StatusColor.UNKNOWN);
    assertThat(s.reason()).isEqualTo("no check-in by 2019-12-01");
  }

  @Test
  void evaluate_noValue_unknownWithReason() {
    KeyResult k =
        WikimediaDeck.measured(
                "response-time",
                Unit.minutes(),
                Direction.LOWER_IS_BETTER,
                "15",
                Target.staysBelow(
                    q("13.2", Unit.minutes()), org.okr4j.core.model.Boundary.EXCLUSIVE))
            .addCheckIns(CheckIn.of(Q3, CheckInState.MONITORING))
            .build();
    Status s = RULE.evaluate(k, Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.UNKNOWN);
    assertThat(s.reason())
        .isEqualTo(
            "progress undefined: check-in for FY2019/20 Q3 reports no value = undefined (no"
                + " measured value)");
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicStaticMethods(ThresholdRule.class);
    CalcTesting.nullPointerTester().testAllPublicInstanceMethods(RULE);
  }

  @Test
  void immutable() {
    CalcTesting.assertImmutableClass(ThresholdRule.class);
  }
}

package org.okr4j.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.WikimediaDeck.END_OF_Q3;
import static org.okr4j.core.testing.WikimediaDeck.FY20;
import static org.okr4j.core.testing.WikimediaDeck.Q1;
import static org.okr4j.core.testing.WikimediaDeck.Q2;
import static org.okr4j.core.testing.WikimediaDeck.Q3;
import static org.okr4j.core.testing.WikimediaDeck.q;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.StatedStatus;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.model.Target;
import org.okr4j.core.testing.CalcTesting;
import org.okr4j.core.testing.WikimediaDeck;

class StalledRuleTest {
  private static final StatusContext Q3_END = StatusContext.of(FY20, END_OF_Q3);

  /** Security services: 1, 3, 3 in Q1–Q3 ("3.0" in Q3 is the same number as "3"). */
  private static KeyResult services(StatusColor stated, String q3) {
    return WikimediaDeck.measured(
            "security-services",
            WikimediaDeck.TOOLS,
            Direction.HIGHER_IS_BETTER,
            "0",
            Target.reach(q("4", WikimediaDeck.TOOLS)))
        .addCheckIns(
            CheckIn.of(Q1, q("1", WikimediaDeck.TOOLS)),
            CheckIn.of(Q2, q("3", WikimediaDeck.TOOLS)),
            CheckIn.of(Q3, q(q3, WikimediaDeck.TOOLS)))
        .statedStatus(StatedStatus.of(stated))
        .build();
  }

  @Test
  void reportedGreen_unmovedForTwoCheckIns_flaggedYellow() {
    Status s = StalledRule.of(2).evaluate(services(StatusColor.GREEN, "3.0"), Q3_END);
    assertThat(s.color()).isEqualTo(StatusColor.YELLOW);
    assertThat(s.reason())
        .isEqualTo("reported on track, but the value has not moved for 2 check-ins");
  }

  @Test
  void threeCheckIns_notFlagged_whenTheFirstDiffers() {
    // 1, 3, 3: only the last two agree.
    Status s = StalledRule.of(3).evaluate(services(StatusColor.GREEN, "3"), Q3_END);
    assertThat(s.color()).isEqualTo(StatusColor.UNKNOWN);
    assertThat(s.reason()).isEqualTo("not flagged");
  }

  @Test
  void moved_orNotReportedOnTrack_notFlagged() {
    assertThat(StalledRule.of(2).isStalled(services(StatusColor.GREEN, "4"), Q3_END)).isFalse();
    assertThat(StalledRule.of(2).isStalled(services(StatusColor.YELLOW, "3"), Q3_END)).isFalse();
  }

  @Test
  void fewerCheckInsThanAsked_notFlagged() {
    // As of 2020-01-01 only Q1 and Q2 are dated: 1, 3.
    StatusContext jan = StatusContext.of(FY20, LocalDate.of(2020, 1, 1));
    assertThat(StalledRule.of(2).isStalled(services(StatusColor.GREEN, "3"), jan)).isFalse();
    assertThat(StalledRule.of(3).isStalled(services(StatusColor.GREEN, "3"), Q3_END)).isFalse();
  }

  @Test
  void onTrackState_countsAsReportedOnTrack() {
    KeyResult k =
        WikimediaDeck.measured(
                "reporting",
                WikimediaDeck.TOOLS,
                Direction.HIGHER_IS_BETTER,
                "0",
                Target.reach(q("4", WikimediaDeck.TOOLS)))
            .addCheckIns(
                CheckIn.of(Q2, q("0", WikimediaDeck.TOOLS)),
                CheckIn.builder()
                    .period(Q3)
                    .value(q("0", WikimediaDeck.TOOLS))
                    .state(CheckInState.ON_TRACK)
                    .build())
            .build();
    assertThat(StalledRule.of(2).isStalled(k, Q3_END)).isTrue();
    KeyResult blocked =
        KeyResult.builder()
            .from(k)
            .checkIns(
                List.of(
                    CheckIn.of(Q2, q("0", WikimediaDeck.TOOLS)),
                    CheckIn.builder()
                        .period(Q3)
                        .value(q("0", WikimediaDeck.TOOLS))
                        .state(CheckInState.BLOCKED)
                        .build()))
            .build();
    assertThat(StalledRule.of(2).isStalled(blocked, Q3_END)).isFalse();
  }

  @Test
  void worstOf_raisesAGreenToYellow() {
    StatusRule rule = StatusRule.worstOf(List.of(StatedStatusRule.instance(), StalledRule.of(2)));
    assertThat(rule.evaluate(services(StatusColor.GREEN, "3"), Q3_END).color())
        .isEqualTo(StatusColor.YELLOW);
  }

  @Test
  void of_needsAtLeastTwo() {
    assertThatThrownBy(() -> StalledRule.of(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stalled check-ins (1) must be >= 2");
    assertThat(StalledRule.of(2).checkIns()).isEqualTo(2);
    assertThat(StalledRule.of(3).name()).isEqualTo("stalled");
    assertThat(StalledRule.of(3)).hasToString("stalled (3 check-ins)");
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicInstanceMethods(StalledRule.of(2));
  }

  @Test
  void fewerMeasuredCheckInsThanAsked_evenWhenTheyAgree_notFlagged() {
    // Three measured check-ins (1, 3, 3) are fewer than the four asked for.
    assertThat(StalledRule.of(4).isStalled(services(StatusColor.GREEN, "3"), Q3_END)).isFalse();
  }
}

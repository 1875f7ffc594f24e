package org.okr4j.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.status.RuleFixtures.Q3_DECK;
import static org.okr4j.core.testing.WikimediaDeck.Q3;

import org.junit.jupiter.api.Test;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.model.Target;
import org.okr4j.core.testing.CalcTesting;
import org.okr4j.core.testing.WikimediaDeck;

class CheckInStateRuleTest {
  private static final CheckInStateRule DEFAULTS = CheckInStateRule.defaults();

  private static KeyResult stated(CheckInState state) {
    return KeyResult.builder()
        .id("test-model")
        .statement("Build a test model to address a specific type of disinformation")
        .target(Target.done())
        .addCheckIns(CheckIn.of(Q3, state))
        .build();
  }

  @Test
  void defaults_mapping() {
    assertThat(DEFAULTS.colorOf(CheckInState.DONE)).isEqualTo(StatusColor.GREEN);
    assertThat(DEFAULTS.colorOf(CheckInState.ON_TRACK)).isEqualTo(StatusColor.GREEN);
    assertThat(DEFAULTS.colorOf(CheckInState.AT_RISK)).isEqualTo(StatusColor.YELLOW);
    assertThat(DEFAULTS.colorOf(CheckInState.DELAYED)).isEqualTo(StatusColor.YELLOW);
    assertThat(DEFAULTS.colorOf(CheckInState.BLOCKED)).isEqualTo(StatusColor.RED);
    assertThat(DEFAULTS.colorOf(CheckInState.POSTPONED)).isEqualTo(StatusColor.RED);
    assertThat(DEFAULTS.colorOf(CheckInState.DROPPED)).isEqualTo(StatusColor.NONE);
    for (CheckInState s :
        new CheckInState[] {
          CheckInState.NOT_STARTED,
          CheckInState.IN_PROGRESS,
          CheckInState.SETTING_BASELINE,
          CheckInState.TO_BE_DETERMINED,
          CheckInState.NO_CHANGE,
          CheckInState.MONITORING,
          CheckInState.NOT_APPLICABLE
        }) {
      assertThat(DEFAULTS.colorOf(s)).as("%s", s).isEqualTo(StatusColor.UNKNOWN);
    }
    assertThat(CheckInStateRule.defaults()).isSameAs(DEFAULTS);
    assertThat(DEFAULTS.name()).isEqualTo("check-in state");
  }

  @Test
  void evaluate_blockedOnDeployment_redWithPrintedText() {
    Status s = DEFAULTS.evaluate(WikimediaDeck.falsePositiveReporting(), Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.RED);
    assertThat(s.rule()).isEqualTo("check-in state");
    assertThat(s.reason())
        .isEqualTo("FY2019/20 Q3: BLOCKED (\"0 Blocked on deployment of the MVP\")");
  }

  @Test
  void evaluate_inProgress_unknown_dropped_none() {
    Status inProgress = DEFAULTS.evaluate(stated(CheckInState.IN_PROGRESS), Q3_DECK);
    assertThat(inProgress.color()).isEqualTo(StatusColor.UNKNOWN);
    assertThat(inProgress.reason()).isEqualTo("FY2019/20 Q3: IN_PROGRESS");
    assertThat(DEFAULTS.evaluate(stated(CheckInState.DROPPED), Q3_DECK).color())
        .isEqualTo(StatusColor.NONE);
  }

  @Test
  void evaluate_noState_unknown() {
    Status s = DEFAULTS.evaluate(WikimediaDeck.toolMaintainers(), Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.UNKNOWN);
    assertThat(s.reason()).isEqualTo("no state reported by 2020-04-01");
  }

  @Test
  void with_changesOneMappingInACopy() {
    CheckInStateRule monitoring = DEFAULTS.with(CheckInState.MONITORING, StatusColor.YELLOW);
    assertThat(monitoring.colorOf(CheckInState.MONITORING)).isEqualTo(StatusColor.YELLOW);
    assertThat(monitoring.colorOf(CheckInState.BLOCKED)).isEqualTo(StatusColor.RED);
    assertThat(DEFAULTS.colorOf(CheckInState.MONITORING)).isEqualTo(StatusColor.UNKNOWN);
    assertThat(monitoring.evaluate(stated(CheckInState.MONITORING), Q3_DECK).color())
        .isEqualTo(StatusColor.YELLOW);
    assertThat(monitoring.toString()).startsWith("check-in state {").contains("MONITORING=YELLOW");
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicStaticMethods(CheckInStateRule.class);
    CalcTesting.nullPointerTester().testAllPublicInstanceMethods(DEFAULTS);
  }

  @Test
  void immutable() {
    CalcTesting.assertImmutableClass(CheckInStateRule.class);
  }
}

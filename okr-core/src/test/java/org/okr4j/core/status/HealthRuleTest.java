package org.okr4j.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.WikimediaDeck.FY20;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.Cadence;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.StatedStatus;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.testing.CalcTesting;
import org.okr4j.core.testing.WikimediaDeck;

class HealthRuleTest {
  private static final Cadence QUARTERLY_14 = Cadence.quarterly().withGraceDays(14);
  private static final HealthRule RULE = HealthRule.of(QUARTERLY_14);

  /** AI tools, last checked in at the end of Q3 (dated 2020-04-01), stated green. */
  private static KeyResult greenAiTools() {
    return KeyResult.builder()
        .from(WikimediaDeck.aiTools())
        .statedStatus(StatedStatus.of(StatusColor.GREEN))
        .build();
  }

  @Test
  void current_theStatedStatusDecides() {
    Status s = RULE.evaluate(greenAiTools(), StatusContext.of(FY20, LocalDate.of(2020, 7, 14)));
    assertThat(s.color()).isEqualTo(StatusColor.GREEN);
    assertThat(s.rule()).isEqualTo("health over stated");
  }

  @Test
  void outdated_overridesTheStatedStatus_fromExactlyCadencePlusGrace() {
    Status s = RULE.evaluate(greenAiTools(), StatusContext.of(FY20, LocalDate.of(2020, 7, 15)));
    assertThat(s.color()).isEqualTo(StatusColor.RED);
    assertThat(s.rule()).isEqualTo("health");
    assertThat(s.reason())
        .isEqualTo(
            "outdated: last update 2020-04-01, due 2020-07-01, outdated from 2020-07-15 (every"
                + " QUARTER, 14 days' grace)");
    assertThat(RULE.isOutdated(greenAiTools(), StatusContext.of(FY20, LocalDate.of(2020, 7, 15))))
        .isTrue();
    // The day before "outdated from 2020-07-15" it is not yet outdated.
    assertThat(RULE.isOutdated(greenAiTools(), StatusContext.of(FY20, LocalDate.of(2020, 7, 14))))
        .isFalse();
  }

  @Test
  void theKeyResultsOwnCadence_winsOverTheDefault() {
    KeyResult monthly = KeyResult.builder().from(greenAiTools()).cadence(Cadence.monthly()).build();
    StatusContext may = StatusContext.of(FY20, LocalDate.of(2020, 5, 1));
    assertThat(RULE.evaluate(monthly, may).color()).isEqualTo(StatusColor.RED);
    assertThat(RULE.evaluate(greenAiTools(), may).color()).isEqualTo(StatusColor.GREEN);
  }

  @Test
  void lastUpdate_ignoresCheckInsAfterTheJudgementDay_andFallsBackToTheGoalPeriodStart() {
    // As of 2020-02-01 the Q3 check-in (dated 2020-04-01) has not happened: Q2's 2020-01-01 is.
    StatusContext feb = StatusContext.of(FY20, LocalDate.of(2020, 2, 1));
    assertThat(HealthRule.lastUpdate(WikimediaDeck.aiTools(), feb))
        .isEqualTo(LocalDate.of(2020, 1, 1));
    StatusContext july = StatusContext.of(FY20, LocalDate.of(2019, 7, 20));
    assertThat(HealthRule.lastUpdate(WikimediaDeck.aiTools(), july))
        .isEqualTo(LocalDate.of(2019, 7, 1));
    // Weekly from 2019-07-01: outdated from 2019-07-08.
    HealthRule weekly = HealthRule.of(Cadence.weekly());
    assertThat(weekly.evaluate(WikimediaDeck.aiTools(), july).color()).isEqualTo(StatusColor.RED);
  }

  @Test
  void overAnotherRule_andAnotherColor() {
    HealthRule rule =
        HealthRule.of(GradingRule.google(), QUARTERLY_14).withOutdatedColor(StatusColor.YELLOW);
    assertThat(rule.rule()).isSameAs(GradingRule.google());
    assertThat(rule.defaultCadence()).isEqualTo(QUARTERLY_14);
    assertThat(rule.outdatedColor()).isEqualTo(StatusColor.YELLOW);
    assertThat(
            rule.evaluate(greenAiTools(), StatusContext.of(FY20, LocalDate.of(2020, 8, 1))).color())
        .isEqualTo(StatusColor.YELLOW);
    assertThat(HealthRule.of(QUARTERLY_14).outdatedColor()).isEqualTo(StatusColor.RED);
    assertThatThrownBy(() -> rule.withOutdatedColor(StatusColor.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("outdated color (UNKNOWN) must be red, yellow or green");
    assertThat(rule.name()).isEqualTo("health");
    assertThat(rule).hasToString("health (every QUARTER, 14 days' grace) over grading");
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester()
        .setDefault(Cadence.class, Cadence.weekly())
        .setDefault(StatusRule.class, StatedStatusRule.instance())
        .testAllPublicStaticMethods(HealthRule.class);
    CalcTesting.nullPointerTester()
        .setDefault(Cadence.class, Cadence.weekly())
        .setDefault(StatusColor.class, StatusColor.RED)
        .testAllPublicInstanceMethods(RULE);
  }
}

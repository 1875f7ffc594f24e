package org.okr4j.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.status.RuleFixtures.Q3_DECK;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.StatedStatus;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.testing.CalcTesting;
import org.okr4j.core.testing.WikimediaDeck;

/** The combinations of {@link StatusRule}: firstDefined, worstOf and withManualOverride. */
class StatusRuleTest {
  private static StatusRule fixed(String name, StatusColor color) {
    return new StatusRule() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Status evaluate(KeyResult keyResult, StatusContext context) {
        return Status.of(color, name, "always " + color);
      }
    };
  }

  private static final KeyResult TOOL_MAINTAINERS = WikimediaDeck.toolMaintainers();

  @Test
  void firstDefined_skipsUnknown_takesFirstColour() {
    StatusRule rule =
        StatusRule.firstDefined(List.of(StatedStatusRule.instance(), GradingRule.google()));
    Status s = rule.evaluate(TOOL_MAINTAINERS, Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.YELLOW);
    assertThat(s.rule()).isEqualTo("grading");
    assertThat(rule.name()).isEqualTo("first of stated, grading");
    assertThat(rule).hasToString("first of stated, grading");
  }

  @Test
  void firstDefined_noneCountsAsAnAnswer() {
    StatusRule rule =
        StatusRule.firstDefined(List.of(fixed("a", StatusColor.NONE), fixed("b", StatusColor.RED)));
    assertThat(rule.evaluate(TOOL_MAINTAINERS, Q3_DECK).color()).isEqualTo(StatusColor.NONE);
  }

  @Test
  void firstDefined_allUnknown_unknownListingEveryReason() {
    StatusRule rule =
        StatusRule.firstDefined(List.of(StatedStatusRule.instance(), ThresholdRule.instance()));
    Status s = rule.evaluate(TOOL_MAINTAINERS, Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.UNKNOWN);
    assertThat(s.rule()).isEqualTo("first of stated, threshold");
    assertThat(s.reason())
        .isEqualTo(
            "no rule could judge: stated: no status stated; threshold: target is not a threshold"
                + " or band");
  }

  @Test
  void worstOf_takesTheWorstColour() {
    StatusRule rule =
        StatusRule.worstOf(
            List.of(GradingRule.google(), RegressionRule.againstBaseline(), PaceRule.defaults()));
    assertThat(rule.name()).isEqualTo("worst of grading, regression from baseline, pace");
    Status s = rule.evaluate(TOOL_MAINTAINERS, Q3_DECK);
    // grading YELLOW, regression GREEN, pace RED.
    assertThat(s.color()).isEqualTo(StatusColor.RED);
    assertThat(s.rule()).isEqualTo("pace");
  }

  @Test
  void worstOf_tieKeepsTheFirst() {
    StatusRule rule =
        StatusRule.worstOf(List.of(fixed("a", StatusColor.RED), fixed("b", StatusColor.RED)));
    assertThat(rule.evaluate(TOOL_MAINTAINERS, Q3_DECK).rule()).isEqualTo("a");
  }

  @Test
  void worstOf_colourBeatsNone_noneBeatsUnknown() {
    StatusRule colourAfterNone =
        StatusRule.worstOf(
            List.of(
                fixed("none", StatusColor.NONE),
                fixed("unknown", StatusColor.UNKNOWN),
                fixed("green", StatusColor.GREEN)));
    assertThat(colourAfterNone.evaluate(TOOL_MAINTAINERS, Q3_DECK).rule()).isEqualTo("green");
    StatusRule noneAfterColour =
        StatusRule.worstOf(
            List.of(fixed("green", StatusColor.GREEN), fixed("none", StatusColor.NONE)));
    assertThat(noneAfterColour.evaluate(TOOL_MAINTAINERS, Q3_DECK).rule()).isEqualTo("green");
    StatusRule onlyNone =
        StatusRule.worstOf(
            List.of(fixed("unknown", StatusColor.UNKNOWN), fixed("none", StatusColor.NONE)));
    assertThat(onlyNone.evaluate(TOOL_MAINTAINERS, Q3_DECK).color()).isEqualTo(StatusColor.NONE);
  }

  @Test
  void worstOf_allUnknown_unknown() {
    StatusRule rule = StatusRule.worstOf(List.of(fixed("u", StatusColor.UNKNOWN)));
    Status s = rule.evaluate(TOOL_MAINTAINERS, Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.UNKNOWN);
    assertThat(s.rule()).isEqualTo("worst of u");
    assertThat(s.reason()).isEqualTo("no rule could judge: u: always UNKNOWN");
  }

  @Test
  void combinations_noRules_refused() {
    assertThatThrownBy(() -> StatusRule.firstDefined(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a combined rule needs at least one rule");
    assertThatThrownBy(() -> StatusRule.worstOf(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void combinations_nullRule_refusedWithIndex() {
    assertThatThrownBy(() -> StatusRule.firstDefined(Arrays.asList(GradingRule.google(), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rules[1] must not be null");
  }

  @Test
  void withManualOverride_statedStatusWinsWithItsReason() {
    KeyResult overridden =
        KeyResult.builder()
            .from(TOOL_MAINTAINERS)
            .statedStatus(StatedStatus.of(StatusColor.GREEN, "survey delayed by All Hands"))
            .build();
    StatusRule rule = PaceRule.defaults().withManualOverride();
    assertThat(rule.name()).isEqualTo("first of stated, pace");
    Status s = rule.evaluate(overridden, Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.GREEN);
    assertThat(s.rule()).isEqualTo("stated");
    assertThat(s.reason()).isEqualTo("set by hand: survey delayed by All Hands");
  }

  @Test
  void withManualOverride_nothingStated_ruleDecides() {
    Status s = PaceRule.defaults().withManualOverride().evaluate(TOOL_MAINTAINERS, Q3_DECK);
    assertThat(s.color()).isEqualTo(StatusColor.RED);
    assertThat(s.rule()).isEqualTo("pace");
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicStaticMethods(StatusRule.class);
    CalcTesting.nullPointerTester()
        .testAllPublicInstanceMethods(StatusRule.firstDefined(List.of(GradingRule.google())));
    CalcTesting.nullPointerTester()
        .testAllPublicInstanceMethods(StatusRule.worstOf(List.of(GradingRule.google())));
  }
}

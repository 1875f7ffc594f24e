package org.okr4j.examples;

import java.util.List;
import org.okr4j.core.status.CheckInStateRule;
import org.okr4j.core.status.GradingRule;
import org.okr4j.core.status.ObjectiveStatusPolicy;
import org.okr4j.core.status.PaceRule;
import org.okr4j.core.status.StatusRule;
import org.okr4j.core.status.ThresholdRule;

/**
 * The rule sets the scorecard derives colours with. Each judges a key result by the first rule that
 * can: a threshold or band target by {@link ThresholdRule}; a measurable target by progress ({@link
 * PaceRule} or {@link GradingRule}, with their default boundaries); anything else by the check-in's
 * state ({@link CheckInStateRule}). None is tuned to the deck: all use okr-core's documented
 * defaults. Objectives combine their key results under each {@link ObjectiveStatusPolicy} shown.
 */
final class RuleSets {
  /** A named key-result rule with the objective policy it is combined under. */
  record RuleSet(String name, StatusRule rule, ObjectiveStatusPolicy policy) {
    String label() {
      return name + ", " + policy.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  static final StatusRule PACE =
      StatusRule.firstDefined(
          List.of(ThresholdRule.instance(), PaceRule.defaults(), CheckInStateRule.defaults()));

  static final StatusRule GRADING =
      StatusRule.firstDefined(
          List.of(ThresholdRule.instance(), GradingRule.google(), CheckInStateRule.defaults()));

  /** Key-result rules, in the order the scorecard prints them. */
  static final List<RuleSet> KEY_RESULT_RULES =
      List.of(
          new RuleSet("pace", PACE, ObjectiveStatusPolicy.WEAKEST),
          new RuleSet("grading", GRADING, ObjectiveStatusPolicy.WEAKEST));

  /** Objective colours: each rule under each averaging policy. */
  static final List<RuleSet> OBJECTIVE_RULES =
      List.of(
          new RuleSet("pace", PACE, ObjectiveStatusPolicy.WEAKEST),
          new RuleSet("pace", PACE, ObjectiveStatusPolicy.MEAN),
          new RuleSet("grading", GRADING, ObjectiveStatusPolicy.WEAKEST),
          new RuleSet("grading", GRADING, ObjectiveStatusPolicy.MEAN));

  private RuleSets() {}
}

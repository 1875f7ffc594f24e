package org.okr4j.core.status;

import java.util.List;
import org.okr4j.core.model.KeyResult;

/**
 * A documented way to turn a key result into a red/yellow/green {@link Status}.
 *
 * <p>A rule that cannot judge a key result (no value, a target of another kind) returns {@link
 * org.okr4j.core.model.StatusColor#UNKNOWN} with the reason, never a guess.
 */
public interface StatusRule {
  /**
   * The rule's name, carried by every status it produces.
   *
   * @return the name
   */
  String name();

  /**
   * Judges a key result.
   *
   * @param keyResult the key result
   * @param context when and against what
   * @return the status
   */
  Status evaluate(KeyResult keyResult, StatusContext context);

  /**
   * The first of several rules that gives a colour (red, yellow, green or none); {@code UNKNOWN}
   * when none does.
   *
   * @param rules the rules, in order of precedence
   * @return the combined rule
   */
  static StatusRule firstDefined(List<StatusRule> rules) {
    return CombinedRule.firstDefined(rules);
  }

  /**
   * The worst colour any of several rules gives; a colour beats {@code NONE} and {@code UNKNOWN}.
   *
   * @param rules the rules
   * @return the combined rule
   */
  static StatusRule worstOf(List<StatusRule> rules) {
    return CombinedRule.worstOf(rules);
  }

  /**
   * This rule behind a manual override: a status stated by hand in the report wins, with its
   * reason; otherwise this rule decides.
   *
   * @return the combined rule
   */
  default StatusRule withManualOverride() {
    return firstDefined(List.of(StatedStatusRule.instance(), this));
  }
}

package org.okr4j.core.status;

import java.util.List;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.Progress;
import org.okr4j.core.internal.Checks;
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
   * Judges a key result whose progress at the judged check-in is already computed, so that a caller
   * that shows the progress beside the status computes it once. A rule that judges progress ({@link
   * PaceRule}, {@link ThresholdRule}, {@link GradingRule}, and combinations of them) uses the
   * outcome given instead of computing it again; the other rules ignore it.
   *
   * <p>With {@code progress} equal to {@link org.okr4j.core.calc.TargetProgress#of
   * TargetProgress.of(keyResult, checkIn)} for the check-in {@link StatusContext#checkInOf
   * context.checkInOf(keyResult)} returns, the status equals {@link #evaluate(KeyResult,
   * StatusContext) evaluate(keyResult, context)}: colour, rule, reason and evidence. Given another
   * progress, a progress rule judges that progress. When no check-in has started by the judgement
   * day, the progress is not looked at: the status is {@code UNKNOWN}, as without it.
   *
   * <pre>{@code
   * CheckIn judged = context.checkInOf(keyResult).orElseThrow();
   * Outcome<Progress> progress = TargetProgress.of(keyResult, judged);
   * Status status = PaceRule.defaults().evaluate(keyResult, context, progress);
   * }</pre>
   *
   * @param keyResult the key result
   * @param context when and against what
   * @param progress the key result's progress at the check-in the context judges
   * @return the status
   */
  default Status evaluate(KeyResult keyResult, StatusContext context, Outcome<Progress> progress) {
    Checks.notNull(progress, "progress");
    return evaluate(keyResult, context);
  }

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

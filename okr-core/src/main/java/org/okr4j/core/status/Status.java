package org.okr4j.core.status;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.calc.Explanation;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.StatusColor;

/**
 * A derived status: its colour, the rule that produced it, the reason in words with the figures
 * filled in, and the explanations of the figures it used.
 *
 * <p>{@code RED by pace: progress 41.49% against expected 75.14%: 33.65 points behind (green within
 * 10.00, yellow within 25.00)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Status {
  private final StatusColor color;
  private final String rule;
  private final String reason;
  private final List<Explanation> evidence;

  private Status(StatusColor color, String rule, String reason, List<Explanation> evidence) {
    this.color = color;
    this.rule = rule;
    this.reason = reason;
    this.evidence = evidence;
  }

  /**
   * A status.
   *
   * @param color the colour
   * @param rule the name of the rule that produced it
   * @param reason why, with the figures filled in
   * @return the status
   */
  public static Status of(StatusColor color, String rule, String reason) {
    return of(color, rule, reason, List.of());
  }

  /**
   * A status with the explanations of the figures it used.
   *
   * @param color the colour
   * @param rule the name of the rule that produced it
   * @param reason why, with the figures filled in
   * @param evidence explanations of the figures used
   * @return the status
   */
  public static Status of(
      StatusColor color, String rule, String reason, List<Explanation> evidence) {
    return new Status(
        Checks.notNull(color, "color"),
        Checks.notBlank(rule, "rule"),
        Checks.notNull(reason, "reason"),
        List.copyOf(Checks.noNullElements(evidence, "evidence")));
  }

  /**
   * The colour.
   *
   * @return the colour
   */
  public StatusColor color() {
    return color;
  }

  /**
   * The rule that produced the status.
   *
   * @return the rule's name
   */
  public String rule() {
    return rule;
  }

  /**
   * Why, with the figures filled in.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * The explanations of the figures used.
   *
   * @return the evidence, possibly empty
   */
  public List<Explanation> evidence() {
    return evidence;
  }

  /**
   * A copy produced by another rule, such as a combination naming itself.
   *
   * @param newRule the rule's name
   * @return the copy
   */
  public Status withRule(String newRule) {
    return new Status(color, Checks.notBlank(newRule, "rule"), reason, evidence);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Status other
        && color == other.color
        && rule.equals(other.rule)
        && reason.equals(other.reason)
        && evidence.equals(other.evidence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(color, rule, reason, evidence);
  }

  /**
   * {@code "YELLOW by pace: ..."}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return color + " by " + rule + ": " + reason;
  }
}

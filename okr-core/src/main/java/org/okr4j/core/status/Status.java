package org.okr4j.core.status;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
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
 * <p>The rules of this package write the reason and gather the evidence only when {@link
 * #reason()}, {@link #evidence()}, {@link #equals}, {@link #hashCode} or {@link #toString} first
 * needs them: a dashboard that shows only colours does not pay for the text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Status {
  private final StatusColor color;
  private final String rule;
  private final Grounds grounds;

  /** A status of checked arguments: see {@link Grounds#status}. */
  Status(StatusColor color, String rule, Grounds grounds) {
    this.color = color;
    this.rule = rule;
    this.grounds = grounds;
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
        Grounds.of(reason, evidence));
  }

  /**
   * A status whose reason and evidence are built when first asked for, once, with the checks of
   * {@link #of(StatusColor, String, String, List)} applied then.
   *
   * @param color the colour
   * @param rule the name of the rule that produced it
   * @param reason builds the reason
   * @param evidence gathers the explanations of the figures used
   * @return the status
   */
  static Status lazy(
      StatusColor color,
      String rule,
      Supplier<String> reason,
      Supplier<List<Explanation>> evidence) {
    return Grounds.of(reason, evidence).status(color, rule);
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
    return grounds.reason();
  }

  /**
   * The explanations of the figures used.
   *
   * @return the evidence, possibly empty
   */
  public List<Explanation> evidence() {
    return grounds.evidence();
  }

  /**
   * A copy produced by another rule, such as a combination naming itself.
   *
   * @param newRule the rule's name
   * @return the copy
   */
  public Status withRule(String newRule) {
    return new Status(color, Checks.notBlank(newRule, "rule"), grounds);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Status other
        && color == other.color
        && rule.equals(other.rule)
        && reason().equals(other.reason())
        && evidence().equals(other.evidence());
  }

  @Override
  public int hashCode() {
    return Objects.hash(color, rule, reason(), evidence());
  }

  /**
   * {@code "YELLOW by pace: ..."}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return color + " by " + rule + ": " + reason();
  }
}

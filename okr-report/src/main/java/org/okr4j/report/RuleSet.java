package org.okr4j.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.status.CheckInStateRule;
import org.okr4j.core.status.GradingRule;
import org.okr4j.core.status.PaceRule;
import org.okr4j.core.status.StatusRule;
import org.okr4j.core.status.ThresholdRule;

/**
 * A named way to derive a key result's colour: a short name a person understands ({@code "pace"},
 * {@code "grading"}) and the {@link StatusRule} behind it.
 *
 * <p>The built-in sets judge a key result by the first rule that can: a threshold or band target by
 * {@link ThresholdRule}; a measurable target by progress ({@link PaceRule} or {@link GradingRule},
 * with their documented defaults); anything else by the check-in's state ({@link
 * CheckInStateRule}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleSet {
  private static final RuleSet PACE =
      new RuleSet(
          "pace",
          StatusRule.firstDefined(
              List.of(ThresholdRule.instance(), PaceRule.defaults(), CheckInStateRule.defaults())));
  private static final RuleSet GRADING =
      new RuleSet(
          "grading",
          StatusRule.firstDefined(
              List.of(
                  ThresholdRule.instance(), GradingRule.google(), CheckInStateRule.defaults())));

  private final String name;
  private final StatusRule rule;

  private RuleSet(String name, StatusRule rule) {
    this.name = name;
    this.rule = rule;
  }

  /**
   * A rule set of your own.
   *
   * @param name a short name: lower-case letters, digits and '-', such as {@code "strict-pace"}
   * @param rule the rule
   * @return the rule set
   * @throws IllegalArgumentException if the name is not of that form
   */
  public static RuleSet of(String name, StatusRule rule) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rule, "rule");
    if (!name.matches("[a-z][a-z0-9-]{0,31}")) {
      throw new IllegalArgumentException(
          "rule set name (\""
              + Texts.clip(name, 40)
              + "\") must be 1 to 32 lower-case letters,"
              + " digits or '-', starting with a letter");
    }
    return new RuleSet(name, rule);
  }

  /**
   * Actual against expected progress ({@link PaceRule#defaults()}: green within 10 points behind
   * the expected pace, yellow within 25), after thresholds and before check-in states.
   *
   * @return the rule set named {@code "pace"}
   */
  public static RuleSet pace() {
    return PACE;
  }

  /**
   * Google's grading of progress ({@link GradingRule#google()}: green from 70%, yellow from 40%),
   * after thresholds and before check-in states.
   *
   * @return the rule set named {@code "grading"}
   */
  public static RuleSet grading() {
    return GRADING;
  }

  /**
   * The built-in rule sets, in the order a scorecard shows them.
   *
   * @return {@code [pace, grading]}
   */
  public static List<RuleSet> builtIn() {
    return List.of(PACE, GRADING);
  }

  /**
   * A built-in rule set by its name.
   *
   * @param name {@code "pace"} or {@code "grading"}, in any case
   * @return the rule set
   * @throws IllegalArgumentException naming the known sets if there is none of that name
   */
  public static RuleSet named(String name) {
    Objects.requireNonNull(name, "name");
    for (RuleSet r : builtIn()) {
      if (r.name.equals(name.strip().toLowerCase(Locale.ROOT))) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "rule set \"" + Texts.clip(name, 40) + "\" is not known: use pace or grading");
  }

  /**
   * The short name.
   *
   * @return the name, such as {@code "pace"}
   */
  public String name() {
    return name;
  }

  /**
   * The rule.
   *
   * @return the rule
   */
  public StatusRule rule() {
    return rule;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof RuleSet other && name.equals(other.name) && rule.equals(other.rule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, rule);
  }

  /**
   * The name.
   *
   * @return {@link #name()}
   */
  @Override
  public String toString() {
    return name;
  }
}

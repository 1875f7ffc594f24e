package org.okr4j.report;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.status.ObjectiveStatusPolicy;
import org.okr4j.core.status.Status;

/**
 * A colour derived by one {@link RuleSet} (for an objective, under one {@link
 * ObjectiveStatusPolicy}), with the full {@link Status} and a one-line {@linkplain #brief() brief}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DerivedStatus {
  private final String ruleSet;
  private final @Nullable ObjectiveStatusPolicy policy;
  private final Status status;
  private final String brief;

  DerivedStatus(
      String ruleSet, @Nullable ObjectiveStatusPolicy policy, Status status, String brief) {
    this.ruleSet = ruleSet;
    this.policy = policy;
    this.status = status;
    this.brief = brief;
  }

  /**
   * The rule set's name.
   *
   * @return the name, such as {@code "pace"}
   */
  public String ruleSet() {
    return ruleSet;
  }

  /**
   * How an objective combined its key results' colours.
   *
   * @return the policy, or empty for a key result's status
   */
  public Optional<ObjectiveStatusPolicy> policy() {
    return Optional.ofNullable(policy);
  }

  /**
   * The rule set's name, with the policy for an objective: {@code "pace"}, {@code "pace, mean"}.
   *
   * @return the label
   */
  public String label() {
    return policy == null ? ruleSet : ruleSet + ", " + Briefs.policyName(policy);
  }

  /**
   * The status, with its rule, full reason and evidence.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * The colour.
   *
   * @return {@code status().color()}
   */
  public StatusColor color() {
    return status.color();
  }

  /**
   * One line of at most {@value Briefs#MAX_LENGTH} characters: {@code "pace: 41.49% done where
   * 75.14% was expected"}.
   *
   * @return the brief
   */
  public String brief() {
    return brief;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof DerivedStatus o
        && ruleSet.equals(o.ruleSet)
        && policy == o.policy
        && status.equals(o.status)
        && brief.equals(o.brief);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleSet, policy, status, brief);
  }

  /**
   * {@code "pace: GREEN — pace: 100% done where 75.14% was expected"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return label() + ": " + color() + " — " + brief;
  }
}

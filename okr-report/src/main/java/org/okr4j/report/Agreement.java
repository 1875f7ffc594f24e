package org.okr4j.report;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.status.ObjectiveStatusPolicy;

/**
 * How many of a report's stated objective colours one rule set reproduces under one policy.
 *
 * <p>An objective counts as derivable when it or a child objective has key results; {@link
 * #agreeing()} counts the derivable ones whose derived colour equals the stated one.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Agreement {
  private final String ruleSet;
  private final ObjectiveStatusPolicy policy;
  private final int agreeing;
  private final int derivable;
  private final int stated;

  Agreement(String ruleSet, ObjectiveStatusPolicy policy, int agreeing, int derivable, int stated) {
    this.ruleSet = ruleSet;
    this.policy = policy;
    this.agreeing = agreeing;
    this.derivable = derivable;
    this.stated = stated;
  }

  /**
   * The rule set's name.
   *
   * @return the name
   */
  public String ruleSet() {
    return ruleSet;
  }

  /**
   * The objective policy.
   *
   * @return the policy
   */
  public ObjectiveStatusPolicy policy() {
    return policy;
  }

  /**
   * {@code "pace, weakest"}.
   *
   * @return the label
   */
  public String label() {
    return ruleSet + ", " + Briefs.policyName(policy);
  }

  /**
   * Derivable stated colours the rule set reproduces.
   *
   * @return the count
   */
  public int agreeing() {
    return agreeing;
  }

  /**
   * Stated colours of objectives that have key results to derive from.
   *
   * @return the count
   */
  public int derivable() {
    return derivable;
  }

  /**
   * Objectives with a stated colour.
   *
   * @return the count
   */
  public int stated() {
    return stated;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Agreement o
        && ruleSet.equals(o.ruleSet)
        && policy == o.policy
        && agreeing == o.agreeing
        && derivable == o.derivable
        && stated == o.stated;
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleSet, policy, agreeing, derivable, stated);
  }

  /**
   * {@code "1 of 3 derivable stated colours agree under pace, weakest (1 of 4 cannot be derived: no
   * key results given)"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String text =
        agreeing + " of " + derivable + " derivable stated colours agree under " + label();
    int missing = stated - derivable;
    return missing == 0
        ? text
        : text + " (" + missing + " of " + stated + " cannot be derived: no key results given)";
  }
}

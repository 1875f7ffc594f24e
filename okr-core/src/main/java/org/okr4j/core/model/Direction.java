package org.okr4j.core.model;

/** Which way a metric should move: up for tool maintainers, down for code review time. */
public enum Direction {
  /** More is better: tool maintainers, developer satisfaction. */
  HIGHER_IS_BETTER,
  /** Less is better: code review time, outstanding code reviews, cycle time. */
  LOWER_IS_BETTER;

  /**
   * The sign of an improvement: {@code +1} when higher is better, {@code -1} when lower is better.
   *
   * @return the sign by which a raw change is multiplied to read it as an improvement
   */
  public int improvementSign() {
    return this == HIGHER_IS_BETTER ? 1 : -1;
  }
}

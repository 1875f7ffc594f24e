package org.okr4j.core.model;

/**
 * Which sign a change is reported with.
 *
 * <p>For a lower-is-better metric a fall is an improvement: code review time 19 → 21 days is a
 * change of +10.5% but an improvement of −10.5%. For a higher-is-better metric both senses agree.
 */
public enum ChangeSense {
  /** The raw change: positive when the value rose. */
  CHANGE,
  /** The change toward the better: positive when the metric moved the way its direction wants. */
  IMPROVEMENT
}

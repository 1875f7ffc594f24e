package org.okr4j.core.status;

import java.util.Locale;

/**
 * How an objective's status follows from the statuses of its key results and child objectives.
 *
 * <p>Only red, yellow and green count; {@code NONE} and {@code UNKNOWN} are left out, as is
 * anything with weight 0 under every policy, and an objective with nothing left is {@code UNKNOWN}.
 * For the two averaging policies each colour scores red 0, yellow 1, green 2; the mean score {@code
 * m} gives green when {@code m > 3/2}, yellow when {@code m > 1/2}, red otherwise — the nearest
 * colour, ties going to the worse one.
 */
public enum ObjectiveStatusPolicy {
  /** The worst colour of any key result or child objective. */
  WEAKEST,
  /** The mean score, every key result and child objective weighing the same. */
  MEAN,
  /** The mean score weighted by the key results' and child objectives' weights (0 excludes). */
  WEIGHTED;

  /** The name in lower case, as a status's rule begins: {@code "weakest of pace"}. */
  private final String lowerCase = name().toLowerCase(Locale.ROOT);

  /** {@link #name()} in lower case, computed once. */
  String lowerCase() {
    return lowerCase;
  }
}

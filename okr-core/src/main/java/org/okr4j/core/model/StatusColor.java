package org.okr4j.core.model;

import org.okr4j.core.internal.Checks;

/**
 * The colour of a status: red, yellow or green, or none (deliberately not rated) or unknown (not
 * enough information to rate).
 *
 * <p>The three colours are ordered from worst to best: {@code RED < YELLOW < GREEN}; {@link
 * #isWorseThan} compares them. {@code NONE} and {@code UNKNOWN} are not colours and are never
 * better or worse than anything.
 */
public enum StatusColor {
  /** Off track. */
  RED(0),
  /** At risk. */
  YELLOW(1),
  /** On track. */
  GREEN(2),
  /** Deliberately not rated (a dropped key result). */
  NONE(-1),
  /** Cannot be rated from the information available. */
  UNKNOWN(-1);

  private final int rank;

  StatusColor(int rank) {
    this.rank = rank;
  }

  /**
   * The rank of a colour from worst to best: red 0, yellow 1, green 2.
   *
   * @return the rank, or -1 for {@code NONE} and {@code UNKNOWN}
   */
  public int rank() {
    return rank;
  }

  /**
   * Whether this is red, yellow or green.
   *
   * @return true for the three colours
   */
  public boolean isColor() {
    return this == RED || this == YELLOW || this == GREEN;
  }

  /**
   * Whether this colour is strictly worse than {@code other}; false when either is not a colour.
   *
   * @param other the other colour
   * @return true when both are colours and this one is worse
   */
  public boolean isWorseThan(StatusColor other) {
    Checks.notNull(other, "other colour");
    return isColor() && other.isColor() && rank < other.rank;
  }

  /**
   * The worse of two colours; a colour is preferred to {@code NONE} or {@code UNKNOWN}.
   *
   * @param other the other colour
   * @return the worse colour, or the colour when only one is a colour, or {@code this} when neither
   *     is
   */
  public StatusColor worst(StatusColor other) {
    if (!other.isColor()) {
      return this;
    }
    if (!isColor()) {
      return other;
    }
    return rank <= other.rank ? this : other;
  }
}

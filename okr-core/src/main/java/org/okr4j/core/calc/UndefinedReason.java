package org.okr4j.core.calc;

/** Why a calculation has no defined result. Each is a case the caller must handle. */
public enum UndefinedReason {
  /** A relative change from zero: {@code (new − 0) / 0}. */
  CHANGE_FROM_ZERO("change from zero"),
  /**
   * A relative change between values of opposite signs, such as a loss of −5 turning into a profit
   * of 3: no percentage of the old value describes it.
   */
  CHANGE_CROSSES_ZERO("change crosses zero"),
  /** Progress toward a target equal to the baseline: {@code (current − b) / (b − b)}. */
  TARGET_EQUALS_BASELINE("target equals baseline"),
  /** The target has not been set ("X% (TBD)"). */
  TARGET_NOT_SET("target not set"),
  /** The target is met or not (threshold, band, binary) or has parts: it has no single value. */
  NOT_A_VALUE_TARGET("target is not a single value"),
  /** The target is described in words and no figure measures it. */
  TARGET_NOT_MEASURABLE("target not measurable"),
  /** The check-in reports a state but no measured value. */
  NO_VALUE("no measured value"),
  /** The key result has no baseline. */
  NO_BASELINE("no baseline"),
  /** There is no check-in for the period before, or it has no measured value. */
  NO_PREVIOUS_VALUE("no previous value"),
  /** The key result has no check-in in the period asked for. */
  NO_CHECK_IN("no check-in"),
  /** Percentage points were asked for a metric not in percent. */
  NOT_A_PERCENTAGE("not a percentage"),
  /** Points of a scale were asked for a metric that is not a score on a scale. */
  NO_SCALE("not a score on a scale"),
  /** A composite check-in lacks the value of one of its parts. */
  PART_VALUE_MISSING("part value missing"),
  /** Nothing with a defined progress and a positive weight was left to combine. */
  NOTHING_TO_COMBINE("nothing to combine"),
  /** A projection needs measured check-ins on more distinct dates than there are. */
  TOO_FEW_POINTS("too few dated values"),
  /** A projection along the pace curve from a day on which the curve expects no progress yet. */
  NOTHING_EXPECTED_YET("no progress expected yet");

  private final String description;

  UndefinedReason(String description) {
    this.description = description;
  }

  /**
   * A short description for messages: {@code "change from zero"}.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}

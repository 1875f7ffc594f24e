package org.okr4j.report;

import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.quantity.Unit;

/** Which {@link ChangeMeasure} a scorecard uses for a key result's changes. */
public enum ChangeMeasurePolicy {
  /** Percentage points for a metric in percent, relative change for every other unit. */
  BY_UNIT,
  /** Relative change for every metric, percentages included. */
  RELATIVE,
  /**
   * Percentage points for a metric in percent, points of the scale for a score ({@code 3.4/5}),
   * relative change otherwise.
   */
  POINTS_WHERE_POSSIBLE;

  /**
   * The measure for a metric in {@code unit}.
   *
   * @param unit the metric's unit
   * @return the measure
   */
  public ChangeMeasure measureFor(Unit unit) {
    return switch (this) {
      case RELATIVE -> ChangeMeasure.RELATIVE;
      case BY_UNIT -> unit.isPercent() ? ChangeMeasure.PERCENTAGE_POINTS : ChangeMeasure.RELATIVE;
      case POINTS_WHERE_POSSIBLE ->
          unit.isPercent()
              ? ChangeMeasure.PERCENTAGE_POINTS
              : unit.scaleMaximum().isPresent()
                  ? ChangeMeasure.SCALE_POINTS
                  : ChangeMeasure.RELATIVE;
    };
  }
}

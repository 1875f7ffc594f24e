package org.okr4j.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.Period;

/** The rules a built {@link KeyResult} is checked against: units, targets, check-in periods. */
final class KeyResultChecks {
  private KeyResultChecks() {}

  /**
   * Whether check-ins of distinct periods are in period order already: the common case, checked
   * without copying them.
   */
  static boolean isSortedByPeriod(List<CheckIn> checkIns) {
    for (int i = 1; i < checkIns.size(); i++) {
      if (checkIns.get(i - 1).period().compareTo(checkIns.get(i).period()) > 0) {
        return false;
      }
    }
    return true;
  }

  /** The first check-in whose period an earlier one has already is refused. */
  static void checkDistinctPeriods(KeyResult k) {
    Period repeated = Repeats.first(k.checkIns(), CheckIn::period);
    if (repeated != null) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "key result %s has two check-ins for %s", k.id(), repeated.label()));
    }
  }

  static void checkUnits(KeyResult k) {
    Optional<Unit> unit = k.metric().map(Metric::unit);
    checkTarget(k, k.target(), unit, "target");
    Target headline = k.headline().orElse(null);
    if (headline != null) {
      checkTarget(k, headline, unit, "headline target");
    }
    // Without a metric, the figures take the unit of the target when it has one (percent for a
    // milestone): a baseline in days beside {"percentComplete": 100} is refused here, not by the
    // calculators later.
    Optional<Unit> figureUnit = unit.isPresent() ? unit : KeyResult.unitOf(k.target());
    if (figureUnit.isPresent()) {
      Unit u = figureUnit.get();
      Baseline baseline = k.baseline().orElse(null);
      if (baseline != null) {
        requireUnit(u, baseline.value());
      }
      List<CheckIn> checkIns = k.checkIns();
      for (int i = 0; i < checkIns.size(); i++) {
        Quantity v = checkIns.get(i).value().orElse(null);
        if (v != null) {
          requireUnit(u, v);
        }
      }
    }
    if (k.target() instanceof CompositeTarget composite) {
      for (CheckIn c : k.checkIns()) {
        for (Map.Entry<String, Quantity> e : c.partValues().entrySet()) {
          CompositeTarget.Part part =
              composite
                  .part(e.getKey())
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              String.format(
                                  Locale.ROOT,
                                  "key result %s check-in for %s names part \"%s\", which its"
                                      + " target does not have",
                                  k.id(),
                                  c.period().label(),
                                  e.getKey())));
          KeyResult.unitOf(part.target()).ifPresent(u -> requireUnit(u, e.getValue()));
        }
      }
    } else {
      for (CheckIn c : k.checkIns()) {
        Checks.argument(
            c.partValues().isEmpty(),
            "key result %s check-in for %s has part values but its target is not composite",
            k.id(),
            c.period().label());
      }
    }
  }

  /** Refuses a figure in another unit, as {@link Quantity#requireSameUnit} does. */
  static void requireUnit(Unit unit, Quantity figure) {
    unit.requireSame(figure.unit());
  }

  private static void checkTarget(KeyResult k, Target target, Optional<Unit> unit, String role) {
    Optional<Unit> targetUnit = KeyResult.unitOf(target);
    switch (target.kind()) {
      case VALUE, THRESHOLD, BAND, ZONED, CHANGE -> {
        Unit metricUnit =
            unit.orElseThrow(
                () ->
                    new IllegalArgumentException(
                        String.format(
                            Locale.ROOT,
                            "key result %s has a %s %s but no metric",
                            k.id(),
                            target.kind(),
                            role)));
        targetUnit.ifPresent(metricUnit::requireSame);
      }
      case MILESTONE ->
          unit.ifPresent(
              u ->
                  Checks.argument(
                      u.isPercent(),
                      "key result %s has a milestone %s, so its metric must be in percent, not %s",
                      k.id(),
                      role,
                      u));
      default -> {}
    }
    if (target instanceof ChangeTarget change && unit.isPresent()) {
      Unit u = unit.get();
      Checks.argument(
          change.measure() != ChangeMeasure.PERCENTAGE_POINTS || u.isPercent(),
          "key result %s %s is in percentage points, so its metric must be in percent, not %s",
          k.id(),
          role,
          u);
      Checks.argument(
          change.measure() != ChangeMeasure.SCALE_POINTS || u.scaleMaximum().isPresent(),
          "key result %s %s is in points of a scale, so its metric must be a score, not %s",
          k.id(),
          role,
          u);
    }
    if (target instanceof ZonedTarget zoned && k.metric().isPresent()) {
      Checks.argument(
          zoned.direction() == k.metric().get().direction(),
          "key result %s zones grow %s but its metric is %s",
          k.id(),
          zoned.direction(),
          k.metric().get().direction());
    }
  }
}

package org.okr4j.importer.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.text.CellParser;
import org.okr4j.core.text.ParsedCell;
import org.okr4j.core.text.ParsedFigure;

/**
 * The unit of a row's metric, from what its cells print. The baseline and the check-ins measure the
 * metric, so they decide: the first unit other than a plain count or a percentage (days, a scale, a
 * currency) one of their figures prints; else percent when one of their figures other than a change
 * is printed in percent; else a count when one of them prints a figure other than zero (zero is
 * both a count and a percentage). Only when they print no such figure does the goal decide the same
 * way: a percentage goal beside counted baselines ("1880 maintainers" with the goal "5%") is a
 * change, not the metric's unit.
 */
final class MetricUnits {
  private MetricUnits() {}

  static Unit guess(
      CellParser cells, @Nullable String baseline, String goal, List<String> checkIns) {
    List<String> measures = new ArrayList<>();
    if (baseline != null) {
      measures.add(baseline);
    }
    measures.addAll(checkIns);
    Evidence fromMeasures = evidence(cells, measures);
    if (fromMeasures.unit != null) {
      return fromMeasures.unit;
    }
    Evidence fromGoal = evidence(cells, List.of(goal));
    if (fromGoal.unit != null) {
      return fromGoal.unit;
    }
    return fromMeasures.percent || (!fromMeasures.count && fromGoal.percent)
        ? Unit.percent()
        : Unit.count();
  }

  /** What some cells print: a unit other than count and percent, a percentage, a non-zero count. */
  private static final class Evidence {
    @Nullable Unit unit;
    boolean percent;
    boolean count;
  }

  private static Evidence evidence(CellParser cells, List<String> texts) {
    Evidence e = new Evidence();
    for (String text : texts) {
      ParsedCell parsed = cells.parse(text);
      List<ParsedFigure> figures = new ArrayList<>(parsed.otherFigures());
      parsed.value().ifPresent(figures::add);
      for (ParsedFigure f : figures) {
        Unit u = f.value().unit();
        if (u.isPercent()) {
          e.percent = true;
        } else if (!u.equals(Unit.count())) {
          e.unit = u;
          return e;
        } else if (f.value().value().signum() != 0) {
          e.count = true;
        }
      }
    }
    return e;
  }
}

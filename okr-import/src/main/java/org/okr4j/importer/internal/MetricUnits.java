package org.okr4j.importer.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.text.CellParser;
import org.okr4j.core.text.ParsedCell;
import org.okr4j.core.text.ParsedFigure;

/**
 * The unit of a row's metric, from what its cells print: the first unit other than a plain count or
 * a percentage (days, a scale, a currency) printed by a figure of the baseline, the check-ins or
 * the goal; else percent when one of their figures other than a change is printed in percent; else
 * a count.
 */
final class MetricUnits {
  private MetricUnits() {}

  static Unit guess(
      CellParser cells, @Nullable String baseline, String goal, List<String> checkIns) {
    List<String> texts = new ArrayList<>();
    if (baseline != null) {
      texts.add(baseline);
    }
    texts.addAll(checkIns);
    texts.add(goal);
    boolean percent = false;
    for (String text : texts) {
      ParsedCell parsed = cells.parse(text);
      List<ParsedFigure> figures = new ArrayList<>(parsed.otherFigures());
      parsed.value().ifPresent(figures::add);
      for (ParsedFigure f : figures) {
        Unit u = f.value().unit();
        if (!u.equals(Unit.count()) && !u.isPercent()) {
          return u;
        }
      }
      percent |= figures.stream().anyMatch(f -> f.value().unit().isPercent());
    }
    return percent ? Unit.percent() : Unit.count();
  }
}

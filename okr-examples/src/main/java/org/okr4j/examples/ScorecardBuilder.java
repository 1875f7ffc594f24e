package org.okr4j.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.okr4j.core.audit.FigureAudit;
import org.okr4j.core.calc.Change;
import org.okr4j.core.calc.Explanation;
import org.okr4j.core.calc.Figures;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.PercentChange;
import org.okr4j.core.calc.Progress;
import org.okr4j.core.calc.TargetProgress;
import org.okr4j.core.calc.UndefinedReason;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.StatedStatus;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.status.ObjectiveStatus;
import org.okr4j.core.status.Status;
import org.okr4j.core.status.StatusContext;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;

/**
 * Computes the scorecard of a report with okr-core: for each key result its baseline, targets,
 * quarters, progress at the report's quarter, change against the baseline and the previous quarter,
 * and derived statuses; the figure audit; and the derived colours of every objective that states
 * one.
 *
 * <p>Changes are measured in percentage points for metrics in percent, relatively otherwise,
 * reported as raw changes (sign of the value's movement). Progress and statuses are judged at the
 * end of the report's period against the fiscal year's goals.
 */
final class ScorecardBuilder {
  private ScorecardBuilder() {}

  static ScorecardData build(Report report) {
    Period period = report.period();
    FiscalCalendar calendar = report.calendar();
    int fiscalYear = period.fiscalYear().orElse(calendar.fiscalYearOf(period.start()));
    Period goalPeriod = calendar.fiscalYear(fiscalYear);
    LocalDate asOf = period.endExclusive();
    StatusContext context = StatusContext.of(goalPeriod, asOf);
    List<Period> quarters = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      Period quarter = calendar.quarter(fiscalYear, q);
      if (quarter.start().isBefore(asOf)) {
        quarters.add(quarter);
      }
    }
    List<ScorecardData.ObjectiveCard> cards = new ArrayList<>();
    for (Objective o : report.objectives()) {
      addObjective(o, 0, quarters, period, context, cards);
    }
    List<ScorecardData.ColourCheck> colours = new ArrayList<>();
    for (Objective o : report.allObjectives()) {
      o.statedStatus()
          .ifPresent(
              stated ->
                  colours.add(
                      new ScorecardData.ColourCheck(
                          o.id(),
                          o.title(),
                          stated.color(),
                          hasKeyResults(o),
                          objectiveStatuses(o, context))));
    }
    List<ScorecardData.Agreement> agreements = new ArrayList<>();
    for (RuleSets.RuleSet set : RuleSets.OBJECTIVE_RULES) {
      int agreeing = 0;
      int derivable = 0;
      for (ScorecardData.ColourCheck c : colours) {
        if (c.derivable()) {
          derivable++;
          Status derived = c.derived().get(set.label());
          if (derived != null && derived.color() == c.stated()) {
            agreeing++;
          }
        }
      }
      agreements.add(new ScorecardData.Agreement(set.label(), agreeing, colours.size(), derivable));
    }
    return new ScorecardData(
        report.title(),
        report.organization(),
        period.label(),
        goalPeriod.label(),
        asOf,
        quarters.stream().map(Period::label).toList(),
        cards,
        FigureAudit.audit(report),
        colours,
        agreements);
  }

  private static boolean hasKeyResults(Objective o) {
    return !o.keyResults().isEmpty()
        || o.children().stream().anyMatch(ScorecardBuilder::hasKeyResults);
  }

  private static Map<String, Status> objectiveStatuses(Objective o, StatusContext context) {
    Map<String, Status> derived = new LinkedHashMap<>();
    for (RuleSets.RuleSet set : RuleSets.OBJECTIVE_RULES) {
      derived.put(set.label(), ObjectiveStatus.of(o, set.rule(), context, set.policy()));
    }
    return derived;
  }

  private static void addObjective(
      Objective o,
      int depth,
      List<Period> quarters,
      Period period,
      StatusContext context,
      List<ScorecardData.ObjectiveCard> into) {
    List<ScorecardData.KeyResultCard> krs = new ArrayList<>();
    for (KeyResult k : o.keyResults()) {
      krs.add(keyResult(k, quarters, period, context));
    }
    into.add(
        new ScorecardData.ObjectiveCard(
            o.id(), o.title(), depth, o.statedStatus(), objectiveStatuses(o, context), krs));
    for (Objective child : o.children()) {
      addObjective(child, depth + 1, quarters, period, context, into);
    }
  }

  private static ScorecardData.KeyResultCard keyResult(
      KeyResult k, List<Period> quarters, Period period, StatusContext context) {
    List<String> quarterTexts = new ArrayList<>();
    for (Period q : quarters) {
      quarterTexts.add(k.checkInFor(q).map(ScorecardBuilder::describe).orElse(""));
    }
    Optional<CheckIn> current = k.latestCheckInUpTo(period);
    ChangeMeasure measure =
        k.metric().map(Metric::unit).filter(Unit::isPercent).isPresent()
            ? ChangeMeasure.PERCENTAGE_POINTS
            : ChangeMeasure.RELATIVE;
    Outcome<Progress> progress =
        current.map(c -> TargetProgress.of(k, c)).orElseGet(() -> noCheckIn("progress", k));
    Outcome<Change> vsBaseline = change(k, current, measure, ChangeReference.BASELINE);
    Outcome<Change> vsPrevious = change(k, current, measure, ChangeReference.PREVIOUS_PERIOD);
    Map<String, Status> derived = new LinkedHashMap<>();
    for (RuleSets.RuleSet set : RuleSets.KEY_RESULT_RULES) {
      derived.put(set.name(), set.rule().evaluate(k, context));
    }
    return new ScorecardData.KeyResultCard(
        k.id(),
        k.statement(),
        k.metric().map(m -> m.name() + " (" + m.unit() + ", " + direction(m) + ")").orElse("—"),
        k.baseline().map(b -> b.printed().orElse(Figures.quantity(b.value()))).orElse("—"),
        describe(k.target()),
        k.headline().map(ScorecardBuilder::describe),
        quarterTexts,
        progress,
        measure == ChangeMeasure.RELATIVE ? "relative" : "percentage points",
        vsBaseline,
        vsPrevious,
        derived,
        k.statedStatus());
  }

  private static String direction(Metric m) {
    return switch (m.direction()) {
      case HIGHER_IS_BETTER -> "higher is better";
      case LOWER_IS_BETTER -> "lower is better";
    };
  }

  private static Outcome<Change> change(
      KeyResult k, Optional<CheckIn> current, ChangeMeasure measure, ChangeReference reference) {
    return current
        .map(c -> PercentChange.of(k, c, ChangeBasis.of(measure, reference, ChangeSense.CHANGE)))
        .orElseGet(() -> noCheckIn("change", k));
  }

  private static <T> Outcome<T> noCheckIn(String subject, KeyResult k) {
    return Outcome.undefined(
        UndefinedReason.NO_CHECK_IN,
        Explanation.of(
            subject, "at the report's period", "no check-in for " + k.id(), "undefined"));
  }

  static String describe(CheckIn c) {
    if (c.printed().isPresent()) {
      return c.printed().orElseThrow();
    }
    StringBuilder sb = new StringBuilder();
    c.value().ifPresent(v -> sb.append(Figures.quantity(v)));
    c.state().ifPresent(s -> sb.append(sb.length() > 0 ? " " : "").append(s));
    if (!c.partValues().isEmpty()) {
      c.partValues()
          .forEach(
              (name, v) ->
                  sb.append(sb.length() > 0 ? ", " : "")
                      .append(Figures.quantity(v))
                      .append(' ')
                      .append(name));
    }
    return sb.toString();
  }

  static String describe(Target t) {
    return t.printed().orElse(t.kind().name().toLowerCase(java.util.Locale.ROOT));
  }

  static String statedText(Optional<StatedStatus> stated) {
    return stated.map(s -> s.color().name()).orElse("");
  }
}

package org.okr4j.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.audit.AuditFinding;
import org.okr4j.core.audit.FigureAudit;
import org.okr4j.core.calc.Change;
import org.okr4j.core.calc.ExpectedProgress;
import org.okr4j.core.calc.Explanation;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.PercentChange;
import org.okr4j.core.calc.Progress;
import org.okr4j.core.calc.TargetProgress;
import org.okr4j.core.calc.TargetValue;
import org.okr4j.core.calc.UndefinedReason;
import org.okr4j.core.forecast.Projection;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.rollup.ObjectiveProgress;
import org.okr4j.core.rollup.Rollup;
import org.okr4j.core.status.ObjectiveStatus;
import org.okr4j.core.status.ObjectiveStatusPolicy;
import org.okr4j.core.status.Status;
import org.okr4j.core.status.StatusContext;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;

/** Evaluates reports and key results into scorecards; holds no formula of its own. */
final class Evaluator {
  private final ScorecardOptions options;
  private final LocalDate asOf;
  private final Period defaultGoal;

  Evaluator(ScorecardOptions options, LocalDate asOf, Period defaultGoal) {
    this.options = options;
    this.asOf = asOf;
    this.defaultGoal = defaultGoal;
  }

  /** The fiscal year containing the report's period (by its first day): never the year after. */
  static Period defaultGoalPeriod(Report report) {
    Period period = report.period();
    FiscalCalendar calendar = report.calendar();
    int year = period.fiscalYear().orElseGet(() -> calendar.fiscalYearOf(period.start()));
    return calendar.fiscalYear(year);
  }

  Scorecard report(Report report) {
    List<AuditFinding> audit = FigureAudit.audit(report, options.audit());
    Map<String, List<AuditFinding>> byKeyResult = new LinkedHashMap<>();
    Map<String, List<AuditFinding>> byObjective = new LinkedHashMap<>();
    for (AuditFinding f : audit) {
      if (f.keyResultId().isPresent()) {
        byKeyResult.computeIfAbsent(f.keyResultId().orElseThrow(), k -> new ArrayList<>()).add(f);
      } else {
        byObjective.computeIfAbsent(f.objectiveId(), k -> new ArrayList<>()).add(f);
      }
    }
    List<ObjectiveCard> cards = new ArrayList<>();
    for (Objective o : report.objectives()) {
      cards.addAll(objective(o, 0, byKeyResult, byObjective));
    }
    return new Scorecard(report, options, asOf, defaultGoal, cards, audit, agreements(cards));
  }

  /** The card of {@code o} followed by those of its descendants, depth first. */
  private List<ObjectiveCard> objective(
      Objective o,
      int depth,
      Map<String, List<AuditFinding>> byKeyResult,
      Map<String, List<AuditFinding>> byObjective) {
    List<KeyResultCard> krs = new ArrayList<>();
    for (KeyResult k : o.keyResults()) {
      krs.add(keyResult(k, o.id(), byKeyResult.getOrDefault(k.id(), List.of())));
    }
    List<ObjectiveCard> descendants = new ArrayList<>();
    List<ObjectiveCard> children = new ArrayList<>();
    for (Objective child : o.children()) {
      List<ObjectiveCard> subtree = objective(child, depth + 1, byKeyResult, byObjective);
      children.add(subtree.get(0));
      descendants.addAll(subtree);
    }
    StatusContext context = StatusContext.of(defaultGoal, asOf);
    List<DerivedStatus> derived = new ArrayList<>();
    for (RuleSet set : options.ruleSets()) {
      for (ObjectiveStatusPolicy policy : options.objectivePolicies()) {
        Status status = ObjectiveStatus.of(o, set.rule(), context, policy);
        List<StatusColor> parts = new ArrayList<>();
        for (KeyResultCard k : krs) {
          parts.add(k.derived(set.name()).orElseThrow().color());
        }
        for (ObjectiveCard c : children) {
          parts.add(colourOf(c, set.name(), policy));
        }
        derived.add(new DerivedStatus(set.name(), policy, status, Briefs.objective(policy, parts)));
      }
    }
    Outcome<ObjectiveProgress> rollup = Rollup.progress(o, context::checkInOf);
    ObjectiveCard card =
        new ObjectiveCard(
            o,
            depth,
            krs,
            rollup,
            derived,
            hasKeyResults(o),
            byObjective.getOrDefault(o.id(), List.of()),
            options);
    List<ObjectiveCard> result = new ArrayList<>(1 + descendants.size());
    result.add(card);
    result.addAll(descendants);
    return result;
  }

  private static StatusColor colourOf(ObjectiveCard c, String ruleSet, ObjectiveStatusPolicy p) {
    for (DerivedStatus d : c.derived()) {
      if (d.ruleSet().equals(ruleSet) && d.policy().orElseThrow() == p) {
        return d.color();
      }
    }
    throw new IllegalStateException("no " + ruleSet + " colour for " + c.id());
  }

  private static boolean hasKeyResults(Objective o) {
    return !o.keyResults().isEmpty() || o.children().stream().anyMatch(Evaluator::hasKeyResults);
  }

  /** A key result on its own: its findings come from auditing it alone. */
  KeyResultCard keyResult(KeyResult k) {
    Objective alone = Objective.builder().id("alone").title("alone").addKeyResults(k).build();
    return keyResult(k, null, FigureAudit.audit(alone));
  }

  KeyResultCard keyResult(KeyResult k, @Nullable String objectiveId, List<AuditFinding> audit) {
    StatusContext context = StatusContext.of(defaultGoal, asOf).forKeyResult(k);
    Optional<CheckIn> judged = context.checkInOf(k);
    ChangeMeasure measure =
        k.metric()
            .map(Metric::unit)
            .map(u -> options.changeMeasures().measureFor(u))
            .orElse(ChangeMeasure.RELATIVE);
    ChangeBasis vsBaseline =
        ChangeBasis.of(measure, ChangeReference.BASELINE, options.changeSense());
    ChangeBasis vsPrevious =
        ChangeBasis.of(measure, ChangeReference.PREVIOUS_PERIOD, options.changeSense());
    Outcome<Progress> progress =
        judged.map(c -> TargetProgress.of(k, c)).orElseGet(() -> noCheckIn("progress", k));
    Outcome<Change> changeVsBaseline =
        judged.map(c -> PercentChange.of(k, c, vsBaseline)).orElseGet(() -> noCheckIn("change", k));
    Outcome<Change> changeVsPrevious =
        judged.map(c -> PercentChange.of(k, c, vsPrevious)).orElseGet(() -> noCheckIn("change", k));
    Outcome<Rational> expected = ExpectedProgress.at(context.goalPeriod(), asOf, context.pace());
    Outcome<Projection> projection =
        Projection.of(k, context.goalPeriod(), asOf, options.projection(), context.pace());
    List<DerivedStatus> derived = new ArrayList<>();
    for (RuleSet set : options.ruleSets()) {
      // The progress at the judged check-in, computed once for every rule set.
      Status status = set.rule().evaluate(k, context, progress);
      derived.add(
          new DerivedStatus(
              set.name(),
              null,
              status,
              Briefs.status(status, progress, expected, options.display())));
    }
    return new KeyResultCard(
        k,
        objectiveId,
        context.goalPeriod(),
        judged.orElse(null),
        progress,
        vsBaseline,
        changeVsBaseline,
        vsPrevious,
        changeVsPrevious,
        expected,
        TargetValue.of(k),
        projection,
        derived,
        audit,
        options);
  }

  private <T> Outcome<T> noCheckIn(String subject, KeyResult k) {
    return Outcome.undefined(
        UndefinedReason.NO_CHECK_IN,
        Explanation.of(
            subject,
            "at the latest check-in begun before " + asOf,
            "key result " + k.id() + " has no check-in begun before " + asOf,
            "undefined (" + UndefinedReason.NO_CHECK_IN.description() + ")"));
  }

  private List<Agreement> agreements(List<ObjectiveCard> cards) {
    List<Agreement> result = new ArrayList<>();
    for (RuleSet set : options.ruleSets()) {
      for (ObjectiveStatusPolicy policy : options.objectivePolicies()) {
        int agreeing = 0;
        int derivable = 0;
        int stated = 0;
        for (ObjectiveCard c : cards) {
          if (c.stated().isEmpty()) {
            continue;
          }
          stated++;
          if (c.isDerivable()) {
            derivable++;
            if (c.stated().orElseThrow().color() == colourOf(c, set.name(), policy)) {
              agreeing++;
            }
          }
        }
        result.add(new Agreement(set.name(), policy, agreeing, derivable, stated));
      }
    }
    return result;
  }
}

package org.okr4j.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.okr4j.core.audit.AuditFinding;
import org.okr4j.core.audit.Verdict;
import org.okr4j.core.model.Report;
import org.okr4j.core.time.Period;

/**
 * A report evaluated as of a date: every objective's and key result's figures, colours and audit
 * findings, computed once with okr-core and kept with their explanations.
 *
 * <pre>{@code
 * Scorecard card = Scorecard.evaluate(report);
 * KeyResultCard kr = card.keyResult("mtp-tool-maintainers").orElseThrow();
 * System.out.println(kr.progress().explanation());
 * }</pre>
 *
 * <p>Each key result is judged against its own {@linkplain
 * org.okr4j.core.model.KeyResult#goalPeriod() goal period} when the report gives one, else against
 * {@link #defaultGoalPeriod()}: the fiscal year containing the report's period (never the year
 * after), unless {@link ScorecardOptions#withGoalPeriod} says otherwise. Everything is judged at
 * the same {@link #asOf()} date.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Scorecard {
  private final Report report;
  private final ScorecardOptions options;
  private final LocalDate asOf;
  private final Period defaultGoalPeriod;
  private final List<ObjectiveCard> objectives;
  private final List<AuditFinding> audit;
  private final List<Agreement> agreements;

  Scorecard(
      Report report,
      ScorecardOptions options,
      LocalDate asOf,
      Period defaultGoalPeriod,
      List<ObjectiveCard> objectives,
      List<AuditFinding> audit,
      List<Agreement> agreements) {
    this.report = report;
    this.options = options;
    this.asOf = asOf;
    this.defaultGoalPeriod = defaultGoalPeriod;
    this.objectives = List.copyOf(objectives);
    this.audit = List.copyOf(audit);
    this.agreements = List.copyOf(agreements);
  }

  /**
   * Evaluates a report with {@link ScorecardOptions#defaults()}.
   *
   * @param report the report
   * @return the scorecard
   */
  public static Scorecard evaluate(Report report) {
    return evaluate(report, ScorecardOptions.defaults());
  }

  /**
   * Evaluates a report.
   *
   * @param report the report
   * @param options as of when, against which goals, with which rules
   * @return the scorecard
   */
  public static Scorecard evaluate(Report report, ScorecardOptions options) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(options, "options");
    LocalDate asOf = options.asOf().orElse(report.period().endExclusive());
    Period goal = options.goalPeriod().orElseGet(() -> Evaluator.defaultGoalPeriod(report));
    return new Evaluator(options, asOf, goal).report(report);
  }

  /**
   * The report evaluated.
   *
   * @return the report
   */
  public Report report() {
    return report;
  }

  /**
   * The options it was evaluated with.
   *
   * @return the options
   */
  public ScorecardOptions options() {
    return options;
  }

  /**
   * The day of the judgement.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The goal period of key results that state none.
   *
   * @return the period
   */
  public Period defaultGoalPeriod() {
    return defaultGoalPeriod;
  }

  /**
   * Every objective, each followed by its child objectives (depth first).
   *
   * @return the objective cards
   */
  public List<ObjectiveCard> objectives() {
    return objectives;
  }

  /**
   * Every key result, objective by objective.
   *
   * @return the key result cards
   */
  public List<KeyResultCard> keyResults() {
    List<KeyResultCard> all = new ArrayList<>();
    for (ObjectiveCard o : objectives) {
      all.addAll(o.keyResults());
    }
    return all;
  }

  /**
   * One key result's card.
   *
   * @param id the key result's id
   * @return the card, or empty if the report has no such key result
   */
  public Optional<KeyResultCard> keyResult(String id) {
    Objects.requireNonNull(id, "id");
    return keyResults().stream().filter(k -> k.id().equals(id)).findFirst();
  }

  /**
   * The audit's findings on every derived figure, in report order.
   *
   * @return the findings
   */
  public List<AuditFinding> audit() {
    return audit;
  }

  /**
   * How many findings have a verdict.
   *
   * @param verdict the verdict
   * @return the count
   */
  public long count(Verdict verdict) {
    Objects.requireNonNull(verdict, "verdict");
    return audit.stream().filter(f -> f.verdict() == verdict).count();
  }

  /**
   * How many stated objective colours each rule set reproduces under each policy.
   *
   * @return the agreements, rule set by rule set
   */
  public List<Agreement> agreements() {
    return agreements;
  }

  /**
   * {@code "Scorecard[FY2019/20 Q3 as of 2020-04-01: 15 objectives, 39 key results, 23 audited
   * figures]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Scorecard["
        + report.period().label()
        + " as of "
        + asOf
        + ": "
        + objectives.size()
        + " objectives, "
        + keyResults().size()
        + " key results, "
        + audit.size()
        + " audited figures]";
  }
}

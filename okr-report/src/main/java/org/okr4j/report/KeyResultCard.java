package org.okr4j.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.audit.AuditFinding;
import org.okr4j.core.calc.Change;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.Progress;
import org.okr4j.core.calc.Rounding;
import org.okr4j.core.forecast.Projection;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.StatedStatus;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.time.Period;

/**
 * One key result of a {@link Scorecard}: the key result itself, the goal period it is judged
 * against, the check-in judged, its progress, its changes against the baseline and the previous
 * check-in, the expected pace, the derived statuses beside the stated one, and its audit findings.
 *
 * <p>Every number is an {@link Outcome} with its {@link org.okr4j.core.calc.Explanation}; the text
 * methods ({@link #progressText()} and so on) write them with the scorecard's display rounding, so
 * every rendering shows the same figures.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KeyResultCard {
  private final KeyResult keyResult;
  private final @Nullable String objectiveId;
  private final Period goalPeriod;
  private final @Nullable CheckIn judged;
  private final Outcome<Progress> progress;
  private final ChangeBasis basisVsBaseline;
  private final Outcome<Change> changeVsBaseline;
  private final ChangeBasis basisVsPrevious;
  private final Outcome<Change> changeVsPrevious;
  private final Outcome<Rational> expectedProgress;
  private final Outcome<Rational> targetValue;
  private final Outcome<Projection> projection;
  private final List<DerivedStatus> derived;
  private final List<AuditFinding> audit;
  private final ScorecardOptions options;

  KeyResultCard(
      KeyResult keyResult,
      @Nullable String objectiveId,
      Period goalPeriod,
      @Nullable CheckIn judged,
      Outcome<Progress> progress,
      ChangeBasis basisVsBaseline,
      Outcome<Change> changeVsBaseline,
      ChangeBasis basisVsPrevious,
      Outcome<Change> changeVsPrevious,
      Outcome<Rational> expectedProgress,
      Outcome<Rational> targetValue,
      Outcome<Projection> projection,
      List<DerivedStatus> derived,
      List<AuditFinding> audit,
      ScorecardOptions options) {
    this.keyResult = keyResult;
    this.objectiveId = objectiveId;
    this.goalPeriod = goalPeriod;
    this.judged = judged;
    this.progress = progress;
    this.basisVsBaseline = basisVsBaseline;
    this.changeVsBaseline = changeVsBaseline;
    this.basisVsPrevious = basisVsPrevious;
    this.changeVsPrevious = changeVsPrevious;
    this.expectedProgress = expectedProgress;
    this.projection = projection;
    this.targetValue = targetValue;
    this.derived = List.copyOf(derived);
    this.audit = List.copyOf(audit);
    this.options = options;
  }

  /**
   * Evaluates one key result on its own, with {@link ScorecardOptions#defaults()}: its progress,
   * changes, expected pace, statuses and audit findings.
   *
   * <pre>{@code
   * KeyResultCard card = KeyResultCard.evaluate(keyResult, fy2020, LocalDate.of(2020, 4, 1));
   * System.out.println(card.progress().explanation());
   * }</pre>
   *
   * @param keyResult the key result
   * @param goalPeriod the period its target is for, unless it states its own
   * @param asOf the day of the judgement
   * @return the card
   */
  public static KeyResultCard evaluate(KeyResult keyResult, Period goalPeriod, LocalDate asOf) {
    return evaluate(keyResult, goalPeriod, asOf, ScorecardOptions.defaults());
  }

  /**
   * Evaluates one key result on its own.
   *
   * @param keyResult the key result
   * @param goalPeriod the period its target is for, unless it states its own
   * @param asOf the day of the judgement
   * @param options the rule sets, change measures and display rounding (its as-of date and goal
   *     period are not used)
   * @return the card
   */
  public static KeyResultCard evaluate(
      KeyResult keyResult, Period goalPeriod, LocalDate asOf, ScorecardOptions options) {
    Objects.requireNonNull(keyResult, "key result");
    Objects.requireNonNull(goalPeriod, "goal period");
    Objects.requireNonNull(asOf, "as-of date");
    Objects.requireNonNull(options, "options");
    return new Evaluator(options, asOf, goalPeriod).keyResult(keyResult);
  }

  /**
   * The key result as the report states it.
   *
   * @return the key result
   */
  public KeyResult keyResult() {
    return keyResult;
  }

  /**
   * The options the card was evaluated with.
   *
   * @return the options
   */
  public ScorecardOptions options() {
    return options;
  }

  /**
   * The key result's id.
   *
   * @return the id
   */
  public String id() {
    return keyResult.id();
  }

  /**
   * The objective the key result belongs to.
   *
   * @return the objective's id, or empty for a key result evaluated on its own
   */
  public Optional<String> objectiveId() {
    return Optional.ofNullable(objectiveId);
  }

  /**
   * The period the key result's target is for: its own, else the scorecard's default.
   *
   * @return the goal period
   */
  public Period goalPeriod() {
    return goalPeriod;
  }

  /**
   * Every check-in, at whatever granularity the report gives (months, quarters, years, ranges), in
   * period order.
   *
   * @return the check-ins
   */
  public List<CheckIn> checkIns() {
    return keyResult.checkIns();
  }

  /**
   * The check-in progress, changes and statuses are judged at: the latest whose period started
   * before the as-of date.
   *
   * @return the check-in, or empty when none had started
   */
  public Optional<CheckIn> judgedCheckIn() {
    return Optional.ofNullable(judged);
  }

  /**
   * Progress at the judged check-in: {@link Progress#raw()} and {@link Progress#clamped()}.
   *
   * @return the progress
   */
  public Outcome<Progress> progress() {
    return progress;
  }

  /**
   * The basis of {@link #changeVsBaseline()}.
   *
   * @return the basis
   */
  public ChangeBasis basisVsBaseline() {
    return basisVsBaseline;
  }

  /**
   * The change from the baseline to the judged check-in.
   *
   * @return the change
   */
  public Outcome<Change> changeVsBaseline() {
    return changeVsBaseline;
  }

  /**
   * The basis of {@link #changeVsPrevious()}.
   *
   * @return the basis
   */
  public ChangeBasis basisVsPrevious() {
    return basisVsPrevious;
  }

  /**
   * The change from the check-in before the judged one.
   *
   * @return the change
   */
  public Outcome<Change> changeVsPrevious() {
    return changeVsPrevious;
  }

  /**
   * The progress the linear pace expects by the as-of date in the goal period.
   *
   * @return the expected progress, a fraction in {@code [0, 1]}
   */
  public Outcome<Rational> expectedProgress() {
    return expectedProgress;
  }

  /**
   * The value the target aims for, exactly: a change target resolved against the baseline ({@code
   * 1880 × (1 + 5/100) = 1974}), a value or zoned target its value, a milestone its percent
   * complete.
   *
   * @return the target value, or undefined for a target without a single value (a threshold, a
   *     band, done or not done, several parts), not set or not measurable
   */
  public Outcome<Rational> targetValue() {
    return targetValue;
  }

  /**
   * Where the key result is heading: its check-ins projected to the end of the goal period by the
   * scorecard's {@linkplain ScorecardOptions#projection() method}, with the exact interval their
   * stated precision allows and a verdict.
   *
   * @return the projection, or undefined (too few measured check-ins, no baseline for the pace)
   */
  public Outcome<Projection> projection() {
    return projection;
  }

  /**
   * The projection as displayed: {@code "13.00 days (11.50 to 14.50), on course"}; {@code "n/a (too
   * few points)"} when undefined.
   *
   * @return the text
   */
  public String projectionText() {
    return projection.format(
        p -> {
          Rounding r = options.display();
          String value = Display.projected(p.value(), p.unit(), r);
          String range =
              p.lower().equals(p.upper())
                  ? ""
                  : " ("
                      + Display.projected(p.lower(), p.unit(), r)
                      + " to "
                      + Display.projected(p.upper(), p.unit(), r)
                      + ")";
          return value + range + ", " + Display.stateName(p.verdict().name());
        });
  }

  /**
   * The statuses derived by each rule set, in the scorecard's order.
   *
   * @return the derived statuses
   */
  public List<DerivedStatus> derived() {
    return derived;
  }

  /**
   * The status one rule set derived.
   *
   * @param ruleSet the rule set's name
   * @return the status, or empty if the scorecard has no such rule set
   */
  public Optional<DerivedStatus> derived(String ruleSet) {
    return derived.stream().filter(d -> d.ruleSet().equals(ruleSet)).findFirst();
  }

  /**
   * The status the report states, set by hand.
   *
   * @return the stated status, if any
   */
  public Optional<StatedStatus> stated() {
    return keyResult.statedStatus();
  }

  /**
   * The audit's findings on this key result's derived figures.
   *
   * @return the findings, in report order
   */
  public List<AuditFinding> audit() {
    return audit;
  }

  /**
   * The baseline as printed, else its figure: {@code "1,880 maintainers"}; {@code "—"} when none.
   *
   * @return the text
   */
  public String baselineText() {
    return keyResult
        .baseline()
        .map(b -> b.printed().orElse(Display.quantity(b.value())))
        .orElse("—");
  }

  /**
   * The target as printed, else in words.
   *
   * @return the text
   */
  public String targetText() {
    return Display.target(keyResult.target());
  }

  /**
   * Progress as displayed: {@code "41.49%"}, {@code "526.32% (counts as 100%)"}, {@code "n/a
   * (target not set)"}.
   *
   * @return the text
   */
  public String progressText() {
    return Display.progress(progress, options.display());
  }

  /**
   * The change against the baseline as displayed: {@code "+2.07%"}.
   *
   * @return the text
   */
  public String changeVsBaselineText() {
    return Display.change(changeVsBaseline, options.display());
  }

  /**
   * The change against the previous check-in as displayed.
   *
   * @return the text
   */
  public String changeVsPreviousText() {
    return Display.change(changeVsPrevious, options.display());
  }

  /**
   * The expected progress as displayed: {@code "75.14%"}.
   *
   * @return the text
   */
  public String expectedProgressText() {
    return expectedProgress.format(e -> Display.percent(e, options.display()));
  }

  /**
   * {@code "mtp-tool-maintainers: 41.49%"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return id() + ": " + progressText();
  }
}

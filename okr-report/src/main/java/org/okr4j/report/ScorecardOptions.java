package org.okr4j.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.audit.AuditPolicy;
import org.okr4j.core.calc.Rounding;
import org.okr4j.core.forecast.ProjectionMethod;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.status.ObjectiveStatusPolicy;
import org.okr4j.core.time.Period;

/**
 * How a {@link Scorecard} is evaluated: the as-of date, the goal period of key results that state
 * none, the change measure and sense, the rule sets and objective policies, and the display
 * rounding.
 *
 * <p>{@link #defaults()}: as of the day after the report's period ends; key results without a goal
 * period of their own judged against the fiscal year containing the report's period; changes in
 * percentage points for percentages and relative otherwise ({@link ChangeMeasurePolicy#BY_UNIT}),
 * as raw movements ({@link ChangeSense#CHANGE}); rule sets {@link RuleSet#builtIn()}; objectives
 * under {@link ObjectiveStatusPolicy#WEAKEST} and {@link ObjectiveStatusPolicy#MEAN}; two decimals
 * rounded half up ({@link Rounding#DISPLAY}); projections by least squares ({@link
 * ProjectionMethod#LEAST_SQUARES}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScorecardOptions {
  private static final ScorecardOptions DEFAULTS =
      new ScorecardOptions(
          null,
          null,
          ChangeMeasurePolicy.BY_UNIT,
          ChangeSense.CHANGE,
          RuleSet.builtIn(),
          List.of(ObjectiveStatusPolicy.WEAKEST, ObjectiveStatusPolicy.MEAN),
          Rounding.DISPLAY,
          ProjectionMethod.LEAST_SQUARES,
          AuditPolicy.search());

  private final @Nullable LocalDate asOf;
  private final @Nullable Period goalPeriod;
  private final ChangeMeasurePolicy changeMeasures;
  private final ChangeSense changeSense;
  private final List<RuleSet> ruleSets;
  private final List<ObjectiveStatusPolicy> objectivePolicies;
  private final Rounding display;
  private final ProjectionMethod projection;
  private final AuditPolicy audit;

  private ScorecardOptions(
      @Nullable LocalDate asOf,
      @Nullable Period goalPeriod,
      ChangeMeasurePolicy changeMeasures,
      ChangeSense changeSense,
      List<RuleSet> ruleSets,
      List<ObjectiveStatusPolicy> objectivePolicies,
      Rounding display,
      ProjectionMethod projection,
      AuditPolicy audit) {
    this.asOf = asOf;
    this.goalPeriod = goalPeriod;
    this.changeMeasures = changeMeasures;
    this.changeSense = changeSense;
    this.ruleSets = ruleSets;
    this.objectivePolicies = objectivePolicies;
    this.display = display;
    this.projection = projection;
    this.audit = audit;
  }

  /**
   * The defaults described above.
   *
   * @return the default options
   */
  public static ScorecardOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The as-of date, if set.
   *
   * @return the day of the judgement; empty means the day after the report's period ends
   */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /**
   * A copy judged on another day.
   *
   * @param newAsOf the day of the judgement
   * @return the copy
   */
  public ScorecardOptions withAsOf(LocalDate newAsOf) {
    Objects.requireNonNull(newAsOf, "as-of date");
    Copy c = new Copy(this);
    c.asOf = newAsOf;
    return c.build();
  }

  /**
   * The goal period of key results that state none, if set.
   *
   * @return the period; empty means the fiscal year containing the report's period
   */
  public Optional<Period> goalPeriod() {
    return Optional.ofNullable(goalPeriod);
  }

  /**
   * A copy that judges key results without a goal period of their own against {@code period}.
   *
   * @param period the default goal period
   * @return the copy
   */
  public ScorecardOptions withGoalPeriod(Period period) {
    Objects.requireNonNull(period, "goal period");
    Copy c = new Copy(this);
    c.goalPeriod = period;
    return c.build();
  }

  /**
   * Which measure changes use.
   *
   * @return the policy
   */
  public ChangeMeasurePolicy changeMeasures() {
    return changeMeasures;
  }

  /**
   * A copy with another change measure policy.
   *
   * @param policy the policy
   * @return the copy
   */
  public ScorecardOptions withChangeMeasures(ChangeMeasurePolicy policy) {
    Objects.requireNonNull(policy, "change measure policy");
    Copy c = new Copy(this);
    c.changeMeasures = policy;
    return c.build();
  }

  /**
   * Whether changes are raw movements or improvements (sign flipped for lower-is-better metrics).
   *
   * @return the sense
   */
  public ChangeSense changeSense() {
    return changeSense;
  }

  /**
   * A copy with another change sense.
   *
   * @param sense the sense
   * @return the copy
   */
  public ScorecardOptions withChangeSense(ChangeSense sense) {
    Objects.requireNonNull(sense, "change sense");
    Copy c = new Copy(this);
    c.changeSense = sense;
    return c.build();
  }

  /**
   * The rule sets each key result is judged by, in display order.
   *
   * @return the rule sets, not empty
   */
  public List<RuleSet> ruleSets() {
    return ruleSets;
  }

  /**
   * A copy with other rule sets.
   *
   * @param sets the rule sets, not empty, with distinct names
   * @return the copy
   * @throws IllegalArgumentException if empty or if two sets share a name
   */
  public ScorecardOptions withRuleSets(List<RuleSet> sets) {
    List<RuleSet> copy = List.copyOf(sets);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("rule sets must not be empty");
    }
    if (copy.stream().map(RuleSet::name).distinct().count() != copy.size()) {
      throw new IllegalArgumentException("rule sets must have distinct names: " + copy);
    }
    Copy c = new Copy(this);
    c.ruleSets = copy;
    return c.build();
  }

  /**
   * How objectives combine their key results' colours, each shown for every rule set.
   *
   * @return the policies, not empty
   */
  public List<ObjectiveStatusPolicy> objectivePolicies() {
    return objectivePolicies;
  }

  /**
   * A copy with other objective policies.
   *
   * @param policies the policies, not empty, distinct
   * @return the copy
   * @throws IllegalArgumentException if empty or repeated
   */
  public ScorecardOptions withObjectivePolicies(List<ObjectiveStatusPolicy> policies) {
    List<ObjectiveStatusPolicy> copy = List.copyOf(policies);
    if (copy.isEmpty() || copy.stream().distinct().count() != copy.size()) {
      throw new IllegalArgumentException(
          "objective policies must be distinct and not empty: " + copy);
    }
    Copy c = new Copy(this);
    c.objectivePolicies = copy;
    return c.build();
  }

  /**
   * How displayed figures (progress, changes, briefs) are rounded; exact values stay in each
   * outcome.
   *
   * @return the display rounding
   */
  public Rounding display() {
    return display;
  }

  /**
   * A copy with another display rounding.
   *
   * @param rounding decimals and mode
   * @return the copy
   */
  public ScorecardOptions withDisplay(Rounding rounding) {
    Objects.requireNonNull(rounding, "display rounding");
    Copy c = new Copy(this);
    c.display = rounding;
    return c.build();
  }

  /**
   * How each key result is projected to the end of its goal period.
   *
   * @return the projection method
   */
  public ProjectionMethod projection() {
    return projection;
  }

  /**
   * A copy with another projection method.
   *
   * @param method the method
   * @return the copy
   */
  public ScorecardOptions withProjection(ProjectionMethod method) {
    Objects.requireNonNull(method, "projection method");
    Copy c = new Copy(this);
    c.projection = method;
    return c.build();
  }

  /**
   * How the figure audit searches for a reading that gives each printed figure.
   *
   * @return the audit policy, {@link AuditPolicy#search()} unless set
   */
  public AuditPolicy audit() {
    return audit;
  }

  /**
   * A copy with another audit policy, such as {@link AuditPolicy#strict()}.
   *
   * @param policy the policy
   * @return the copy
   */
  public ScorecardOptions withAudit(AuditPolicy policy) {
    Objects.requireNonNull(policy, "audit policy");
    Copy c = new Copy(this);
    c.audit = policy;
    return c.build();
  }

  /** The fields of a copy, changed one at a time by the {@code with} methods. */
  private static final class Copy {
    private @Nullable LocalDate asOf;
    private @Nullable Period goalPeriod;
    private ChangeMeasurePolicy changeMeasures;
    private ChangeSense changeSense;
    private List<RuleSet> ruleSets;
    private List<ObjectiveStatusPolicy> objectivePolicies;
    private Rounding display;
    private ProjectionMethod projection;
    private AuditPolicy audit;

    Copy(ScorecardOptions o) {
      asOf = o.asOf;
      goalPeriod = o.goalPeriod;
      changeMeasures = o.changeMeasures;
      changeSense = o.changeSense;
      ruleSets = o.ruleSets;
      objectivePolicies = o.objectivePolicies;
      display = o.display;
      projection = o.projection;
      audit = o.audit;
    }

    ScorecardOptions build() {
      return new ScorecardOptions(
          asOf,
          goalPeriod,
          changeMeasures,
          changeSense,
          ruleSets,
          objectivePolicies,
          display,
          projection,
          audit);
    }
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ScorecardOptions o
        && Objects.equals(asOf, o.asOf)
        && Objects.equals(goalPeriod, o.goalPeriod)
        && changeMeasures == o.changeMeasures
        && changeSense == o.changeSense
        && ruleSets.equals(o.ruleSets)
        && objectivePolicies.equals(o.objectivePolicies)
        && display.equals(o.display)
        && projection == o.projection
        && audit.equals(o.audit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        asOf,
        goalPeriod,
        changeMeasures,
        changeSense,
        ruleSets,
        objectivePolicies,
        display,
        projection,
        audit);
  }

  /**
   * The options in words.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ScorecardOptions[asOf="
        + (asOf == null ? "end of period" : asOf)
        + ", goalPeriod="
        + (goalPeriod == null ? "fiscal year of the report" : goalPeriod.label())
        + ", changes="
        + changeMeasures
        + "/"
        + changeSense
        + ", ruleSets="
        + ruleSets
        + ", objectivePolicies="
        + objectivePolicies
        + ", display="
        + display
        + ", projection="
        + projection
        + ", audit="
        + audit
        + "]";
  }
}

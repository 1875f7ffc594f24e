package org.okr4j.core.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.PaceCurve;
import org.okr4j.core.calc.Progress;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.quantity.Interval;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.Period;

/**
 * A key result projected to the end of its goal period from its measured check-ins, with the exact
 * interval the check-ins' stated precision allows, the projected progress and a verdict.
 *
 * <p>The check-ins used are those with a measured value whose {@linkplain CheckIn#date() date} is
 * not after the as-of day; a check-in without a {@linkplain CheckIn#madeOn() date of its own} is
 * dated by the end of its period, the day after its last day ({@link Period#endExclusive()}). Each
 * is placed at {@code x} = days from the start of the goal period to its date, and the projection
 * is read at {@code T} = the days in the goal period, so at {@link #date()} = the goal period's
 * {@code endExclusive}. See {@link ProjectionMethod} for the three formulas.
 *
 * <p>Code review times of 21 days (end of Q2, {@code x = 184}) and 17 days (end of Q3, {@code x =
 * 275}) in FY2019/20 ({@code T = 366}) project by least squares to {@code 17 + (17 − 21) / 91 × 91
 * = 13} days. Stated to the nearest day, each could be half a day either way; the weights {@code
 * −1} and {@code 2} make the interval {@code [13 − 0.5 − 1, 13 + 0.5 + 1] = [11.5, 14.5]}: exact,
 * attained at 21.5 and 16.5 (lower) and 20.5 and 17.5 (upper). Against a goal of 18.62 days the
 * verdict is {@link Verdict#ON_COURSE}: every value in the interval reaches it.
 *
 * <p>The projected value is the same whatever the target; the progress and verdict need a target
 * with a value to reach (value, change, milestone, zoned) or a threshold or band. Progress is
 * computed as {@link org.okr4j.core.calc.TargetProgress} does, from the stated baseline (0% for a
 * milestone without one); its range over the interval is {@link #progressInterval()}.
 *
 * <p>Two projections are equal when their method, goal period, as-of day, value, interval, progress
 * and verdict are equal.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Projection {
  /** What a projection says about reaching the target. */
  public enum Verdict {
    /** Every value in the projection's interval reaches the target. */
    ON_COURSE,
    /** No value in the projection's interval reaches the target. */
    OFF_COURSE,
    /** The interval straddles the target: some values in it reach it, some do not. */
    CANNOT_TELL,
    /**
     * There is nothing to judge against: the target has no value to reach (not set, described in
     * words, done or not done, composite), or neither a baseline nor a metric says which way is
     * better.
     */
    NOT_JUDGED
  }

  private final ProjectionMethod method;
  private final Period goalPeriod;
  private final LocalDate asOf;
  private final Rational value;
  private final Interval interval;
  private final @Nullable Unit unit;
  private final List<CheckIn> checkIns;
  private final Outcome<Progress> progress;
  private final @Nullable Interval progressInterval;
  private final Verdict verdict;
  private final @Nullable Rational targetValue;

  Projection(
      ProjectionMethod method,
      Period goalPeriod,
      LocalDate asOf,
      Rational value,
      Interval interval,
      @Nullable Unit unit,
      List<CheckIn> checkIns,
      TargetReach reach) {
    this.method = method;
    this.goalPeriod = goalPeriod;
    this.asOf = asOf;
    this.value = value;
    this.interval = interval;
    this.unit = unit;
    this.checkIns = List.copyOf(checkIns);
    this.progress = reach.progress;
    this.progressInterval = reach.progressRange;
    this.verdict = reach.verdict;
    this.targetValue = reach.targetValue;
  }

  /**
   * Projects a key result with a linear pace curve for {@link ProjectionMethod#EXPECTED_PACE}.
   *
   * @param keyResult the key result
   * @param goalPeriod the period its target is for (a fiscal year for a year goal)
   * @param asOf the day of the projection: check-ins dated after it are not used
   * @param method how to project
   * @return the projection, or undefined: {@link
   *     org.okr4j.core.calc.UndefinedReason#TOO_FEW_POINTS} (measured check-ins on fewer distinct
   *     dates than the method needs), {@link org.okr4j.core.calc.UndefinedReason#NO_BASELINE} or
   *     {@link org.okr4j.core.calc.UndefinedReason#NOTHING_EXPECTED_YET} (expected pace only)
   */
  public static Outcome<Projection> of(
      KeyResult keyResult, Period goalPeriod, LocalDate asOf, ProjectionMethod method) {
    return of(keyResult, goalPeriod, asOf, method, PaceCurve.linear());
  }

  /**
   * Projects a key result.
   *
   * @param keyResult the key result
   * @param goalPeriod the period its target is for
   * @param asOf the day of the projection: check-ins dated after it are not used
   * @param method how to project
   * @param pace the pace curve {@link ProjectionMethod#EXPECTED_PACE} follows; unused otherwise
   * @return the projection, or undefined as for {@link #of(KeyResult, Period, LocalDate,
   *     ProjectionMethod)}
   * @throws IllegalStateException if a custom pace curve returns a value outside {@code [0, 1]}
   */
  public static Outcome<Projection> of(
      KeyResult keyResult,
      Period goalPeriod,
      LocalDate asOf,
      ProjectionMethod method,
      PaceCurve pace) {
    Checks.notNull(keyResult, "key result");
    Checks.notNull(goalPeriod, "goal period");
    Checks.notNull(asOf, "as-of date");
    Checks.notNull(method, "projection method");
    Checks.notNull(pace, "pace curve");
    return Projector.project(keyResult, goalPeriod, asOf, method, pace);
  }

  /**
   * How the projection was made.
   *
   * @return the method
   */
  public ProjectionMethod method() {
    return method;
  }

  /**
   * The period the target is for; the projection is for its end.
   *
   * @return the goal period
   */
  public Period goalPeriod() {
    return goalPeriod;
  }

  /**
   * The day of the projection.
   *
   * @return the as-of day
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The day the projection is for: the goal period's {@link Period#endExclusive()}.
   *
   * @return the day
   */
  public LocalDate date() {
    return goalPeriod.endExclusive();
  }

  /**
   * The projected value, exactly, in the unit of the check-ins.
   *
   * @return the value
   */
  public Rational value() {
    return value;
  }

  /**
   * The smallest value the inputs' stated precision allows.
   *
   * @return the lower end of {@link #interval()}
   */
  public Rational lower() {
    return interval.lower();
  }

  /**
   * The largest value the inputs' stated precision allows.
   *
   * @return the upper end of {@link #interval()}
   */
  public Rational upper() {
    return interval.upper();
  }

  /**
   * Every value the projection can take for inputs anywhere within their stated precision; a point
   * when every input is exact.
   *
   * @return the interval, holding {@link #value()}
   */
  public Interval interval() {
    return interval;
  }

  /**
   * The unit of the projected value.
   *
   * @return the unit of the check-ins' values
   */
  public Optional<Unit> unit() {
    return Optional.ofNullable(unit);
  }

  /**
   * The check-ins the projection used, in date order.
   *
   * @return the check-ins
   */
  public List<CheckIn> checkIns() {
    return checkIns;
  }

  /**
   * The progress the projected value would make.
   *
   * @return the progress, or undefined: the target has no value, no baseline, target equals
   *     baseline
   */
  public Outcome<Progress> progress() {
    return progress;
  }

  /**
   * The raw progress of every value in {@link #interval()}: for met-or-not targets {@code [0, 0]},
   * {@code [0, 1]} or {@code [1, 1]}.
   *
   * @return the progress interval, or empty when {@link #progress()} is undefined
   */
  public Optional<Interval> progressInterval() {
    return Optional.ofNullable(progressInterval);
  }

  /**
   * Whether the projection reaches the target.
   *
   * @return the verdict
   */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * The value the target aims for, when it has one.
   *
   * @return the target value; empty for thresholds, bands and targets without a value
   */
  public Optional<Rational> targetValue() {
    return Optional.ofNullable(targetValue);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Projection other
        && method == other.method
        && goalPeriod.equals(other.goalPeriod)
        && asOf.equals(other.asOf)
        && value.equals(other.value)
        && interval.equals(other.interval)
        && progress.equals(other.progress)
        && verdict == other.verdict;
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, goalPeriod, asOf, value, interval, progress, verdict);
  }

  /**
   * {@code "Projection[least squares, 13 in [23/2, 29/2], ON_COURSE]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Projection["
        + method.description()
        + ", "
        + value
        + " in "
        + interval
        + ", "
        + verdict
        + "]";
  }
}

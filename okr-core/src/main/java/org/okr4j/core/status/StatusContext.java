package org.okr4j.core.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.calc.ExpectedProgress;
import org.okr4j.core.calc.PaceCurve;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.time.Period;

/**
 * When and against what a status is judged: the period the targets are for (a fiscal year for year
 * goals), the day of the judgement, and the {@link PaceCurve} that says how much progress is
 * expected by then.
 *
 * <p>A rule looks at a key result's latest check-in whose period has started before the day of the
 * judgement ({@link #checkInOf(KeyResult)}). For the Q3 FY2019/20 deck: goal period FY2019/20,
 * judged on 2020-04-01, so the Q3 check-ins count.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StatusContext {
  private final Period goalPeriod;
  private final LocalDate asOf;
  private final PaceCurve pace;

  /** The expected progress as of {@link #asOf}: the same for every key result judged here. */
  private final Expected expected = new Expected();

  /** Holds the expected progress once computed; a memo, invisible to callers. */
  private static final class Expected {
    private @Nullable Rational value;
  }

  private StatusContext(Period goalPeriod, LocalDate asOf, PaceCurve pace) {
    this.goalPeriod = goalPeriod;
    this.asOf = asOf;
    this.pace = pace;
  }

  /**
   * A context with a linear pace.
   *
   * @param goalPeriod the period the targets are for
   * @param asOf the day of the judgement
   * @return the context
   */
  public static StatusContext of(Period goalPeriod, LocalDate asOf) {
    return new StatusContext(
        Checks.notNull(goalPeriod, "goal period"),
        Checks.notNull(asOf, "as-of date"),
        PaceCurve.linear());
  }

  /**
   * A context judged today according to {@code clock}, with a linear pace.
   *
   * @param goalPeriod the period the targets are for
   * @param clock the clock that says what day it is
   * @return the context
   */
  public static StatusContext of(Period goalPeriod, Clock clock) {
    Checks.notNull(clock, "clock");
    return of(goalPeriod, LocalDate.now(clock));
  }

  /**
   * A copy with another pace curve.
   *
   * @param newPace the pace curve
   * @return the copy
   */
  public StatusContext withPace(PaceCurve newPace) {
    return new StatusContext(goalPeriod, asOf, Checks.notNull(newPace, "pace curve"));
  }

  /**
   * The period the targets are for.
   *
   * @return the goal period
   */
  public Period goalPeriod() {
    return goalPeriod;
  }

  /**
   * The day of the judgement.
   *
   * @return the day
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * How much progress is expected as the goal period elapses.
   *
   * @return the pace curve
   */
  public PaceCurve pace() {
    return pace;
  }

  /**
   * The progress the pace curve expects by the as-of date, computed once per context: it depends
   * only on the goal period, the date and the curve, which must answer the same for the same
   * elapsed fraction.
   *
   * @throws IllegalStateException if the curve returns a value outside {@code [0, 1]}
   */
  Rational expectedProgress() {
    Rational e = expected.value;
    if (e == null) {
      // A race computes the same value twice; Rational is immutable, so publishing it is safe.
      e = ExpectedProgress.valueAt(goalPeriod, asOf, pace);
      expected.value = e;
    }
    return e;
  }

  /**
   * The context a key result is judged in: its own {@linkplain KeyResult#goalPeriod() goal period}
   * when it has one, else this context's, at the same day and pace. A key result with monthly goals
   * and one with a year's goal in the same objective are each judged against their own period.
   *
   * @param keyResult the key result
   * @return this context, or a copy with the key result's goal period
   */
  public StatusContext forKeyResult(KeyResult keyResult) {
    Checks.notNull(keyResult, "key result");
    Optional<Period> own = keyResult.goalPeriod();
    if (own.isEmpty() || own.get().equals(goalPeriod)) {
      return this;
    }
    return new StatusContext(own.get(), asOf, pace);
  }

  /**
   * The check-in a rule judges: the latest one whose period started before {@link #asOf()}.
   *
   * @param keyResult the key result
   * @return the check-in, or empty when none has started
   */
  public Optional<CheckIn> checkInOf(KeyResult keyResult) {
    return Optional.ofNullable(judgedCheckIn(keyResult));
  }

  /** {@link #checkInOf}, or null when none has started: no Optional for every status. */
  @Nullable CheckIn judgedCheckIn(KeyResult keyResult) {
    Checks.notNull(keyResult, "key result");
    // The last check-in, in list order, whose period starts before the date: searched from the end.
    List<CheckIn> all = keyResult.checkIns();
    for (int i = all.size() - 1; i >= 0; i--) {
      CheckIn c = all.get(i);
      if (c.period().start().isBefore(asOf)) {
        return c;
      }
    }
    return null;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof StatusContext other
        && goalPeriod.equals(other.goalPeriod)
        && asOf.equals(other.asOf)
        && pace.equals(other.pace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(goalPeriod, asOf, pace);
  }

  /**
   * {@code "FY2019/20 as of 2020-04-01, linear pace"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return goalPeriod.label() + " as of " + asOf + ", " + pace.name() + " pace";
  }
}

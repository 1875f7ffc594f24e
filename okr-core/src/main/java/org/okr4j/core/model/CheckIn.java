package org.okr4j.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.time.Period;

/**
 * What a key result reported for a period: a measured value, a qualitative state, or both ("0 —
 * Blocked on deployment of the MVP"), with an optional note and the text as printed.
 *
 * <p>A check-in of a {@link CompositeTarget composite} key result reports a value per part in
 * {@link #partValues()}. A check-in may carry the percent changes printed beside its value ({@link
 * #statedChanges()}: {@code "-1.4%"} beside 1151) and, for a share, its part and whole ({@link
 * #share()}); the figure audit checks both.
 *
 * <p>A check-in may carry the day it was made ({@link #madeOn()}); projections and staleness date a
 * check-in by {@link #date()}: that day when given, else the end of its period.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CheckIn {
  CheckIn() {}

  /**
   * A measured value.
   *
   * @param period the period reported on
   * @param value the value
   * @return the check-in
   */
  public static CheckIn of(Period period, Quantity value) {
    return builder().period(period).value(value).build();
  }

  /**
   * A qualitative state.
   *
   * @param period the period reported on
   * @param state the state
   * @return the check-in
   */
  public static CheckIn of(Period period, CheckInState state) {
    return builder().period(period).state(state).build();
  }

  /**
   * A builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The period reported on.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * The measured value.
   *
   * @return the value, if one was reported
   */
  public abstract Optional<Quantity> value();

  /**
   * The qualitative state.
   *
   * @return the state, if one was reported
   */
  public abstract Optional<CheckInState> state();

  /**
   * The value of each part of a composite target, by part name.
   *
   * @return the part values; empty for other targets
   */
  public abstract Map<String, Quantity> partValues();

  /**
   * A note beside the figure.
   *
   * @return the note, if any
   */
  public abstract Optional<String> note();

  /**
   * The check-in exactly as printed in the report.
   *
   * @return the text, if kept
   */
  public abstract Optional<String> printed();

  /**
   * The part and whole the value is the share of, when printed.
   *
   * @return the share, if printed
   */
  public abstract Optional<Share> share();

  /**
   * Percent changes printed beside the value, with their claimed bases.
   *
   * @return the stated changes
   */
  public abstract List<StatedChange> statedChanges();

  /**
   * The day the check-in was made, when the report says.
   *
   * @return the day, not before the start of {@link #period()}, if stated
   */
  public abstract Optional<LocalDate> madeOn();

  /**
   * The day the check-in stands for: {@link #madeOn()} when stated, else the day after the last day
   * of its period ({@link Period#endExclusive()}), that is, the end of the period. A Q3 FY2019/20
   * check-in without a date is dated 2020-04-01.
   *
   * @return the day
   */
  public LocalDate date() {
    return madeOn().orElse(period().endExclusive());
  }

  /**
   * How confident the owner said they were of reaching the key result.
   *
   * @return the stated confidence, if any
   */
  public abstract Optional<Confidence> confidence();

  @Value.Check
  void check() {
    madeOn()
        .ifPresent(
            d ->
                Checks.argument(
                    !d.isBefore(period().start()),
                    "check-in for %s madeOn (%s) must not be before the period starts (%s)",
                    period().label(),
                    d,
                    period().start()));
    Checks.argument(
        value().isPresent() || state().isPresent() || !partValues().isEmpty(),
        "check-in for %s needs a value, a state or part values",
        period().label());
    share()
        .ifPresent(
            s ->
                Checks.argument(
                    value().isPresent() && Baseline.isShareUnit(value().get().unit()),
                    "check-in for %s with a share needs a value in percent or ratio",
                    period().label()));
    Checks.argument(
        statedChanges().isEmpty() || value().isPresent(),
        "check-in for %s with a stated change needs a value",
        period().label());
  }

  /** Builds a {@link CheckIn}; {@code period} and a value, state or part values are required. */
  public static final class Builder extends ImmutableCheckIn.Builder {
    Builder() {}
  }
}

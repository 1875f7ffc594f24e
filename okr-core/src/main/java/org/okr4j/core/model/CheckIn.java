package org.okr4j.core.model;

import com.google.common.base.MoreObjects;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
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
    return new CompactCheckIn(
        Objects.requireNonNull(period, "period"), Objects.requireNonNull(value, "value"), null);
  }

  /**
   * A qualitative state.
   *
   * @param period the period reported on
   * @param state the state
   * @return the check-in
   */
  public static CheckIn of(Period period, CheckInState state) {
    return new CompactCheckIn(
        Objects.requireNonNull(period, "period"), null, Objects.requireNonNull(state, "state"));
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

  /**
   * Compares the attributes, as the generated value class would: equal check-ins of either
   * representation ({@link CompactCheckIn} or the generated one) are equal.
   */
  @Override
  public final boolean equals(@Nullable Object another) {
    if (this == another) {
      return true;
    }
    return another instanceof CheckIn c
        && period().equals(c.period())
        && value().equals(c.value())
        && state().equals(c.state())
        && partValues().equals(c.partValues())
        && note().equals(c.note())
        && printed().equals(c.printed())
        && share().equals(c.share())
        && statedChanges().equals(c.statedChanges())
        && madeOn().equals(c.madeOn())
        && confidence().equals(c.confidence());
  }

  /** The hash code of the generated value class, from every attribute. */
  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + period().hashCode();
    h += (h << 5) + Objects.hashCode(value().orElse(null));
    h += (h << 5) + Objects.hashCode(state().orElse(null));
    h += (h << 5) + partValues().hashCode();
    h += (h << 5) + Objects.hashCode(note().orElse(null));
    h += (h << 5) + Objects.hashCode(printed().orElse(null));
    h += (h << 5) + Objects.hashCode(share().orElse(null));
    h += (h << 5) + statedChanges().hashCode();
    h += (h << 5) + Objects.hashCode(madeOn().orElse(null));
    h += (h << 5) + Objects.hashCode(confidence().orElse(null));
    return h;
  }

  /** The attributes that are set, as the generated value class prints them. */
  @Override
  public final String toString() {
    return MoreObjects.toStringHelper("CheckIn")
        .omitNullValues()
        .add("period", period())
        .add("value", value().orElse(null))
        .add("state", state().orElse(null))
        .add("partValues", partValues())
        .add("note", note().orElse(null))
        .add("printed", printed().orElse(null))
        .add("share", share().orElse(null))
        .add("statedChanges", statedChanges())
        .add("madeOn", madeOn().orElse(null))
        .add("confidence", confidence().orElse(null))
        .toString();
  }

  /** Whether a check-in holds only a period and a value, a state or both. */
  static boolean isCompactable(CheckIn c) {
    return c.partValues().isEmpty()
        && c.statedChanges().isEmpty()
        && c.note().isEmpty()
        && c.printed().isEmpty()
        && c.share().isEmpty()
        && c.madeOn().isEmpty()
        && c.confidence().isEmpty();
  }

  /** Builds a {@link CheckIn}; {@code period} and a value, state or part values are required. */
  public static final class Builder extends ImmutableCheckIn.Builder {
    Builder() {}

    /**
     * Builds the check-in. One that holds only a period and a value, a state or both is kept in a
     * smaller form, equal to the one built from every attribute.
     *
     * @return the check-in
     * @throws IllegalStateException if the period is not set
     * @throws IllegalArgumentException if the check-in breaks a rule
     */
    @Override
    public CheckIn build() {
      CheckIn built = buildGenerated();
      return isCompactable(built)
          ? new CompactCheckIn(
              built.period(), built.value().orElse(null), built.state().orElse(null))
          : built;
    }

    /** The generated value class's check-in, whatever it holds; for tests of equality. */
    CheckIn buildGenerated() {
      return super.build();
    }
  }
}

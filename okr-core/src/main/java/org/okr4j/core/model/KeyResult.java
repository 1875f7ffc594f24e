package org.okr4j.core.model;

import com.google.common.base.MoreObjects;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.DecimalLimits;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.Period;

/**
 * A key result: a statement, the {@link Metric} it measures, its {@link Baseline}, the {@link
 * Target} progress is measured against, and its {@link CheckIn}s in period order.
 *
 * <p>A key result may also carry a longer-term {@linkplain #headline() headline target}: in the Q3
 * FY20 deck "10% decrease in code review time" is the headline and "2% (18 days)" the year-one goal
 * that progress is measured against.
 *
 * <p>Built values are consistent: every figure has the metric's unit (or {@link
 * org.okr4j.core.quantity.UnitMismatchException} is thrown), a target that needs a metric has one,
 * check-ins have distinct periods and are sorted by period whatever order they were added in, and
 * the weight is not negative.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class KeyResult {
  private static final Comparator<CheckIn> BY_PERIOD = Comparator.comparing(CheckIn::period);

  KeyResult() {}

  /**
   * A builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The id, unique within its report: letters, digits, '.', '_' or '-'.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The key result as stated ("Deploy 8 new quality control AI tools").
   *
   * @return the statement
   */
  public abstract String statement();

  /**
   * What is measured; absent for key results judged only by state (binary, qualitative).
   *
   * @return the metric, if any
   */
  public abstract Optional<Metric> metric();

  /**
   * Where the key result starts from.
   *
   * @return the baseline, if any
   */
  public abstract Optional<Baseline> baseline();

  /**
   * The target progress is measured against (for a year, the year's goal).
   *
   * @return the target
   */
  public abstract Target target();

  /**
   * A longer-term headline target beside {@link #target()}.
   *
   * @return the headline target, if any
   */
  public abstract Optional<Target> headline();

  /**
   * The period this key result's target is for, when the report gives one: a month, a quarter, a
   * half, a year, a year to date or any range of dates. Absent, a key result's goals are those of
   * the period its report or caller judges it against (for a scorecard, the fiscal year containing
   * the report's period).
   *
   * @return the goal period, if stated
   */
  public abstract Optional<Period> goalPeriod();

  /**
   * The check-ins, sorted by period.
   *
   * @return the check-ins
   */
  public abstract List<CheckIn> checkIns();

  /**
   * The weight of this key result in its objective's rollup; 0 excludes it.
   *
   * @return the weight, 1 unless set
   */
  @Value.Default
  public BigDecimal weight() {
    return BigDecimal.ONE;
  }

  /**
   * A status set by hand in the report.
   *
   * @return the stated status, if any
   */
  public abstract Optional<StatedStatus> statedStatus();

  /**
   * A note beside the key result.
   *
   * @return the note, if any
   */
  public abstract Optional<String> note();

  /**
   * How often the key result is expected to check in.
   *
   * @return the cadence, if stated
   */
  public abstract Optional<Cadence> cadence();

  /**
   * The latest check-in.
   *
   * @return the check-in of the latest period, or empty when there is none
   */
  public Optional<CheckIn> latestCheckIn() {
    List<CheckIn> all = checkIns();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * The check-in of a period.
   *
   * @param period the period
   * @return its check-in, or empty
   */
  public Optional<CheckIn> checkInFor(Period period) {
    Checks.notNull(period, "period");
    return checkIns().stream().filter(c -> c.period().equals(period)).findFirst();
  }

  /**
   * The latest check-in of a period that ends on or before {@code period} ends.
   *
   * @param period the period
   * @return the latest check-in up to and including {@code period}, or empty
   */
  public Optional<CheckIn> latestCheckInUpTo(Period period) {
    Checks.notNull(period, "period");
    CheckIn found = null;
    for (CheckIn c : checkIns()) {
      if (!c.period().endExclusive().isAfter(period.endExclusive())) {
        found = c;
      }
    }
    // Its own branch, not Optional.ofNullable's shared profile: see CompactCheckIn.
    return found != null ? Optional.of(found) : Optional.empty();
  }

  /**
   * The check-in immediately before {@code checkIn} in period order.
   *
   * @param checkIn a check-in of this key result
   * @return the check-in of the previous period, or empty for the first
   * @throws IllegalArgumentException if {@code checkIn} is not one of this key result's
   */
  @SuppressWarnings("ReferenceEquality") // identity first, then equality: the usual call passes one
  public Optional<CheckIn> previousCheckIn(CheckIn checkIn) {
    Checks.notNull(checkIn, "check-in");
    // Check-ins are sorted by period and their periods are distinct: a binary search finds it in
    // O(log n), so a caller visiting every check-in stays O(n log n).
    List<CheckIn> all = checkIns();
    int last = all.size() - 1;
    // The latest check-in is the usual one asked about: found by identity without a search.
    int index =
        last >= 0 && all.get(last) == checkIn
            ? last
            : Collections.binarySearch(all, checkIn, BY_PERIOD);
    Checks.argument(
        index >= 0 && (all.get(index) == checkIn || all.get(index).equals(checkIn)),
        "check-in for %s is not a check-in of key result %s",
        checkIn.period().label(),
        id());
    return index == 0 ? Optional.empty() : Optional.of(all.get(index - 1));
  }

  @Value.Check
  KeyResult normalize() {
    Ids.check(id(), "key result id");
    Checks.notBlank(statement(), "key result statement");
    DecimalLimits.check(weight(), "key result weight");
    if (weight().signum() < 0) {
      // The message is written only when it is needed: toPlainString() builds a string.
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "key result %s weight (%s) must be >= 0",
              id(),
              weight().toPlainString()));
    }
    KeyResultChecks.checkUnits(this);
    KeyResultChecks.checkDistinctPeriods(this);
    if (KeyResultChecks.isSortedByPeriod(checkIns())) {
      return this;
    }
    List<CheckIn> sorted = new ArrayList<>(checkIns());
    sorted.sort(BY_PERIOD);
    // The generated form: the generated class's validation expects its own class back.
    return builder().from(this).checkIns(sorted).buildGenerated();
  }

  /** The unit a target's figures are in, when it has figures. */
  static Optional<Unit> unitOf(Target target) {
    if (target instanceof ValueTarget t) {
      return Optional.of(t.value().unit());
    }
    if (target instanceof ThresholdTarget t) {
      return Optional.of(t.threshold().unit());
    }
    if (target instanceof BandTarget t) {
      return Optional.of(t.lower().unit());
    }
    if (target instanceof ZonedTarget t) {
      return Optional.of(t.target().unit());
    }
    if (target instanceof MilestoneTarget) {
      return Optional.of(Unit.percent());
    }
    return Optional.empty();
  }

  /**
   * Compares the attributes, as the generated value class would: equal key results of either
   * representation ({@link CompactKeyResult} or the generated one) are equal.
   */
  @Override
  public final boolean equals(@Nullable Object another) {
    if (this == another) {
      return true;
    }
    return another instanceof KeyResult k
        && id().equals(k.id())
        && statement().equals(k.statement())
        && metric().equals(k.metric())
        && baseline().equals(k.baseline())
        && target().equals(k.target())
        && headline().equals(k.headline())
        && goalPeriod().equals(k.goalPeriod())
        && checkIns().equals(k.checkIns())
        && weight().equals(k.weight())
        && statedStatus().equals(k.statedStatus())
        && note().equals(k.note())
        && cadence().equals(k.cadence());
  }

  /** The hash code of the generated value class, from every attribute. */
  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + id().hashCode();
    h += (h << 5) + statement().hashCode();
    h += (h << 5) + Objects.hashCode(metric().orElse(null));
    h += (h << 5) + Objects.hashCode(baseline().orElse(null));
    h += (h << 5) + target().hashCode();
    h += (h << 5) + Objects.hashCode(headline().orElse(null));
    h += (h << 5) + Objects.hashCode(goalPeriod().orElse(null));
    h += (h << 5) + checkIns().hashCode();
    h += (h << 5) + weight().hashCode();
    h += (h << 5) + Objects.hashCode(statedStatus().orElse(null));
    h += (h << 5) + Objects.hashCode(note().orElse(null));
    h += (h << 5) + Objects.hashCode(cadence().orElse(null));
    return h;
  }

  /** The attributes that are set, as the generated value class prints them. */
  @Override
  public final String toString() {
    return MoreObjects.toStringHelper("KeyResult")
        .omitNullValues()
        .add("id", id())
        .add("statement", statement())
        .add("metric", metric().orElse(null))
        .add("baseline", baseline().orElse(null))
        .add("target", target())
        .add("headline", headline().orElse(null))
        .add("goalPeriod", goalPeriod().orElse(null))
        .add("checkIns", checkIns())
        .add("weight", weight())
        .add("statedStatus", statedStatus().orElse(null))
        .add("note", note().orElse(null))
        .add("cadence", cadence().orElse(null))
        .toString();
  }

  /**
   * Whether a key result holds only an id, a statement, a metric, a baseline, a target and
   * check-ins, with the default weight (1, scale 0).
   */
  static boolean isCompactable(KeyResult k) {
    return k.headline().isEmpty()
        && k.goalPeriod().isEmpty()
        && isDefaultWeight(k.weight())
        && k.statedStatus().isEmpty()
        && k.note().isEmpty()
        && k.cadence().isEmpty();
  }

  /**
   * Whether a weight is the default one exactly, scale included: a weight of {@code 1.0} prints as
   * such and is kept by the generated form.
   */
  static boolean isDefaultWeight(BigDecimal weight) {
    return weight.scale() == 0 && weight.compareTo(BigDecimal.ONE) == 0;
  }

  /** Builds a {@link KeyResult}; {@code id}, {@code statement} and {@code target} are required. */
  public static final class Builder extends ImmutableKeyResult.Builder {
    Builder() {}

    /**
     * Builds the key result. One without a headline, goal period, stated status, note or cadence,
     * and with the default weight, is kept in a smaller form, equal to the one built from every
     * attribute.
     *
     * @return the key result
     * @throws IllegalStateException if a required attribute is not set
     * @throws IllegalArgumentException if the key result breaks a rule
     */
    @Override
    public KeyResult build() {
      KeyResult built = buildGenerated();
      return isCompactable(built)
          ? new CompactKeyResult(
              built.id(),
              built.statement(),
              built.metric().orElse(null),
              built.baseline().orElse(null),
              built.target(),
              built.checkIns())
          : built;
    }

    /** The generated value class's key result, whatever it holds. */
    KeyResult buildGenerated() {
      return super.build();
    }
  }
}

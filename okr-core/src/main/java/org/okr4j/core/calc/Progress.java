package org.okr4j.core.calc;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.Rational;

/**
 * Progress toward a target, exactly: {@link #raw()} as computed, possibly below 0 (moved the wrong
 * way) or above 1 (over-achieved: 11 of 8 tools is {@code 11/8}), and {@link #clamped()} to {@code
 * [0, 1]} for display and rollups.
 *
 * <p>Met-or-not targets (thresholds, bands, binary) have a raw progress of exactly 0 or 1. A zoned
 * target also reports the {@linkplain #zone() zone} reached; a composite the progress of each
 * {@linkplain #parts() part}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Progress {
  /** The zone a value reached on a commit/target/stretch target. */
  public enum Zone {
    /** Short of the commit value. */
    BELOW_COMMIT,
    /** At or past the commit value, short of the target. */
    COMMIT,
    /** At or past the target, short of the stretch value. */
    TARGET,
    /** At or past the stretch value. */
    STRETCH
  }

  private final Rational raw;
  private final boolean metOrNot;
  private final @Nullable Zone zone;
  private final ImmutableMap<String, Progress> parts;

  private Progress(
      Rational raw, boolean metOrNot, @Nullable Zone zone, ImmutableMap<String, Progress> parts) {
    this.raw = raw;
    this.metOrNot = metOrNot;
    this.zone = zone;
    this.parts = parts;
  }

  /**
   * Progress of a measured value.
   *
   * @param raw the fraction of the way from baseline to target
   * @return the progress
   */
  public static Progress of(Rational raw) {
    return new Progress(Checks.notNull(raw, "raw progress"), false, null, ImmutableMap.of());
  }

  /**
   * Progress of a met-or-not target.
   *
   * @param met whether the target is met
   * @return progress 1 when met, else 0
   */
  public static Progress metOrNot(boolean met) {
    return new Progress(met ? Rational.ONE : Rational.ZERO, true, null, ImmutableMap.of());
  }

  /**
   * Progress of a zoned target.
   *
   * @param raw the fraction of the way from baseline to the target value
   * @param zone the zone reached
   * @return the progress
   */
  public static Progress zoned(Rational raw, Zone zone) {
    return new Progress(
        Checks.notNull(raw, "raw progress"),
        false,
        Checks.notNull(zone, "zone"),
        ImmutableMap.of());
  }

  /**
   * Progress of a composite target.
   *
   * @param raw the combined progress
   * @param parts the progress of each part, by name, in order
   * @return the progress
   */
  public static Progress composite(Rational raw, Map<String, Progress> parts) {
    return new Progress(
        Checks.notNull(raw, "raw progress"), false, null, ImmutableMap.copyOf(parts));
  }

  /**
   * The progress as computed: 0 at the baseline, 1 at the target, below 0 when the value moved away
   * from the target, above 1 when it went past.
   *
   * @return the raw progress
   */
  public Rational raw() {
    return raw;
  }

  /**
   * The progress clamped to {@code [0, 1]}.
   *
   * @return {@code min(max(raw, 0), 1)}
   */
  public Rational clamped() {
    return raw.max(Rational.ZERO).min(Rational.ONE);
  }

  /**
   * Whether the target is reached or passed.
   *
   * @return {@code raw >= 1}
   */
  public boolean isAchieved() {
    return raw.compareTo(Rational.ONE) >= 0;
  }

  /**
   * Whether the value went past the target.
   *
   * @return {@code raw > 1}
   */
  public boolean isOverAchieved() {
    return raw.isGreaterThan(Rational.ONE);
  }

  /**
   * Whether the value moved from the baseline away from the target.
   *
   * @return {@code raw < 0}
   */
  public boolean isMovingAway() {
    return raw.signum() < 0;
  }

  /**
   * Whether this is the progress of a met-or-not target (threshold, band, binary).
   *
   * @return true when raw progress can only be 0 or 1
   */
  public boolean isMetOrNot() {
    return metOrNot;
  }

  /**
   * The zone reached on a zoned target.
   *
   * @return the zone, or empty for other targets
   */
  public Optional<Zone> zone() {
    return Optional.ofNullable(zone);
  }

  /**
   * The progress of each part of a composite target, by part name, in order.
   *
   * @return the parts; empty for other targets
   */
  public Map<String, Progress> parts() {
    return parts;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Progress other
        && raw.equals(other.raw)
        && metOrNot == other.metOrNot
        && zone == other.zone
        && parts.equals(other.parts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(raw, metOrNot, zone, parts);
  }

  /**
   * {@code "Progress[39/94]"}, with the zone or parts when present.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Progress[").append(raw);
    if (zone != null) {
      sb.append(", ").append(zone);
    }
    if (!parts.isEmpty()) {
      sb.append(", ").append(parts);
    }
    return sb.append(']').toString();
  }
}

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

  /**
   * What a met-or-not, zoned or composite progress adds to its fraction; null for a measured value.
   * One field for the three keeps a progress at 24 bytes on a 64-bit JVM, where three would take
   * 32.
   */
  private final @Nullable Detail detail;

  /** The kind of target a progress came from, beyond a measured value, and what it adds. */
  private static final class Detail {
    private static final Detail MET_OR_NOT = new Detail(true, null, ImmutableMap.of());
    private static final ImmutableMap<Zone, Detail> ZONES = zones();

    final boolean metOrNot;
    final @Nullable Zone zone;
    final ImmutableMap<String, Progress> parts;

    Detail(boolean metOrNot, @Nullable Zone zone, ImmutableMap<String, Progress> parts) {
      this.metOrNot = metOrNot;
      this.zone = zone;
      this.parts = parts;
    }

    private static ImmutableMap<Zone, Detail> zones() {
      ImmutableMap.Builder<Zone, Detail> zones = ImmutableMap.builder();
      for (Zone z : Zone.values()) {
        zones.put(z, new Detail(false, z, ImmutableMap.of()));
      }
      return zones.buildOrThrow();
    }
  }

  private Progress(Rational raw, @Nullable Detail detail) {
    this.raw = raw;
    this.detail = detail;
  }

  /**
   * Progress of a measured value.
   *
   * @param raw the fraction of the way from baseline to target
   * @return the progress
   */
  public static Progress of(Rational raw) {
    return new Progress(Checks.notNull(raw, "raw progress"), null);
  }

  /**
   * Progress of a met-or-not target.
   *
   * @param met whether the target is met
   * @return progress 1 when met, else 0
   */
  public static Progress metOrNot(boolean met) {
    return new Progress(met ? Rational.ONE : Rational.ZERO, Detail.MET_OR_NOT);
  }

  /**
   * Progress of a zoned target.
   *
   * @param raw the fraction of the way from baseline to the target value
   * @param zone the zone reached
   * @return the progress
   */
  public static Progress zoned(Rational raw, Zone zone) {
    Checks.notNull(raw, "raw progress");
    return new Progress(raw, Detail.ZONES.get(Checks.notNull(zone, "zone")));
  }

  /**
   * Progress of a composite target.
   *
   * @param raw the combined progress
   * @param parts the progress of each part, by name, in order
   * @return the progress
   */
  public static Progress composite(Rational raw, Map<String, Progress> parts) {
    Checks.notNull(raw, "raw progress");
    return new Progress(raw, new Detail(false, null, ImmutableMap.copyOf(parts)));
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
    Detail d = detail;
    return d != null && d.metOrNot;
  }

  /**
   * The zone reached on a zoned target.
   *
   * @return the zone, or empty for other targets
   */
  public Optional<Zone> zone() {
    return Optional.ofNullable(zone0());
  }

  /**
   * The progress of each part of a composite target, by part name, in order.
   *
   * @return the parts; empty for other targets
   */
  public Map<String, Progress> parts() {
    return parts0();
  }

  private @Nullable Zone zone0() {
    Detail d = detail;
    return d == null ? null : d.zone;
  }

  private ImmutableMap<String, Progress> parts0() {
    Detail d = detail;
    return d == null ? ImmutableMap.of() : d.parts;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Progress other
        && raw.equals(other.raw)
        && isMetOrNot() == other.isMetOrNot()
        && zone0() == other.zone0()
        && parts0().equals(other.parts0());
  }

  @Override
  public int hashCode() {
    return Objects.hash(raw, isMetOrNot(), zone0(), parts0());
  }

  /**
   * {@code "Progress[39/94]"}, with the zone or parts when present.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Progress[").append(raw);
    Zone zone = zone0();
    ImmutableMap<String, Progress> parts = parts0();
    if (zone != null) {
      sb.append(", ").append(zone);
    }
    if (!parts.isEmpty()) {
      sb.append(", ").append(parts);
    }
    return sb.append(']').toString();
  }
}

package org.okr4j.core.audit;

import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;

/**
 * Which readings of a printed figure the {@link FigureAudit} tries, and in which order: a general
 * policy, the caller's choice, never a rule for one figure.
 *
 * <p><b>The search order.</b> The claimed reading comes first. Then, when the policy allows, the
 * alternatives, in this order: other references (for a change of a check-in: the baseline, the
 * previous check-in, the same period a year earlier), within a reference other measures (relative
 * change, percentage points for percentages, points of a scale for scores; for a change target's
 * value the measures its unit allows), and within a measure the other sense (change or improvement,
 * only for lower-is-better metrics, where they differ). Every reading is rounded to the printed
 * step under each {@linkplain #roundingModes() rounding mode} in order. All readings are first
 * tried with the inputs as printed; only then, if {@link #searchesWithinPrecision()}, with the
 * inputs anywhere within their stated precision.
 *
 * <p>{@link #search()} tries everything; {@link #strict()} tries only the claimed reading, rounded
 * half up, with the inputs as printed. The {@code with…} methods restrict or widen either.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AuditPolicy {
  /** The rounding modes of {@link #search()}, in order. */
  public static final List<RoundingMode> ALL_ROUNDING_MODES =
      List.of(
          RoundingMode.HALF_UP,
          RoundingMode.HALF_EVEN,
          RoundingMode.HALF_DOWN,
          RoundingMode.DOWN,
          RoundingMode.UP,
          RoundingMode.FLOOR,
          RoundingMode.CEILING);

  private static final AuditPolicy SEARCH =
      new AuditPolicy(ALL_ROUNDING_MODES, true, true, true, true);
  private static final AuditPolicy STRICT =
      new AuditPolicy(List.of(RoundingMode.HALF_UP), false, false, false, false);

  private final List<RoundingMode> roundingModes;
  private final boolean otherReferences;
  private final boolean otherMeasures;
  private final boolean otherSenses;
  private final boolean withinPrecision;

  private AuditPolicy(
      List<RoundingMode> roundingModes,
      boolean otherReferences,
      boolean otherMeasures,
      boolean otherSenses,
      boolean withinPrecision) {
    this.roundingModes = roundingModes;
    this.otherReferences = otherReferences;
    this.otherMeasures = otherMeasures;
    this.otherSenses = otherSenses;
    this.withinPrecision = withinPrecision;
  }

  /**
   * The full search: every reading, every rounding mode, inputs as printed and then within their
   * precision. {@link FigureAudit#audit(org.okr4j.core.model.Report)} uses it.
   *
   * @return the search policy
   */
  public static AuditPolicy search() {
    return SEARCH;
  }

  /**
   * The claimed reading only, rounded half up, with the inputs as printed.
   *
   * @return the strict policy
   */
  public static AuditPolicy strict() {
    return STRICT;
  }

  /**
   * The rounding modes tried, in order; a figure stated exactly is always compared exactly.
   *
   * @return the modes
   */
  public List<RoundingMode> roundingModes() {
    return roundingModes;
  }

  /**
   * Whether other references are tried (baseline, previous check-in, a year earlier).
   *
   * @return true when tried
   */
  public boolean searchesOtherReferences() {
    return otherReferences;
  }

  /**
   * Whether other measures are tried (relative, percentage points, points of a scale).
   *
   * @return true when tried
   */
  public boolean searchesOtherMeasures() {
    return otherMeasures;
  }

  /**
   * Whether the other sense (change or improvement) is tried.
   *
   * @return true when tried
   */
  public boolean searchesOtherSenses() {
    return otherSenses;
  }

  /**
   * Whether inputs are allowed anywhere within their stated precision when no reading matches them
   * as printed.
   *
   * @return true when allowed
   */
  public boolean searchesWithinPrecision() {
    return withinPrecision;
  }

  /**
   * A copy trying these rounding modes, in this order.
   *
   * @param modes at least one mode, none {@link RoundingMode#UNNECESSARY}
   * @return the copy
   */
  public AuditPolicy withRoundingModes(List<RoundingMode> modes) {
    List<RoundingMode> copy = List.copyOf(Checks.noNullElements(modes, "rounding modes"));
    Checks.argument(!copy.isEmpty(), "an audit policy needs at least one rounding mode");
    Checks.argument(
        !copy.contains(RoundingMode.UNNECESSARY),
        "UNNECESSARY is not a rounding mode a printed figure is rounded with");
    return new AuditPolicy(copy, otherReferences, otherMeasures, otherSenses, withinPrecision);
  }

  /**
   * A copy that does or does not try other references.
   *
   * @param tried whether to try them
   * @return the copy
   */
  public AuditPolicy withOtherReferences(boolean tried) {
    return new AuditPolicy(roundingModes, tried, otherMeasures, otherSenses, withinPrecision);
  }

  /**
   * A copy that does or does not try other measures.
   *
   * @param tried whether to try them
   * @return the copy
   */
  public AuditPolicy withOtherMeasures(boolean tried) {
    return new AuditPolicy(roundingModes, otherReferences, tried, otherSenses, withinPrecision);
  }

  /**
   * A copy that does or does not try the other sense.
   *
   * @param tried whether to try it
   * @return the copy
   */
  public AuditPolicy withOtherSenses(boolean tried) {
    return new AuditPolicy(roundingModes, otherReferences, otherMeasures, tried, withinPrecision);
  }

  /**
   * A copy that does or does not let inputs vary within their stated precision.
   *
   * @param tried whether to let them
   * @return the copy
   */
  public AuditPolicy withinPrecision(boolean tried) {
    return new AuditPolicy(roundingModes, otherReferences, otherMeasures, otherSenses, tried);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof AuditPolicy other
        && roundingModes.equals(other.roundingModes)
        && otherReferences == other.otherReferences
        && otherMeasures == other.otherMeasures
        && otherSenses == other.otherSenses
        && withinPrecision == other.withinPrecision;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        roundingModes, otherReferences, otherMeasures, otherSenses, withinPrecision);
  }

  /**
   * {@code "AuditPolicy[modes=[HALF_UP], references=false, measures=false, senses=false,
   * withinPrecision=false]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "AuditPolicy[modes="
        + roundingModes
        + ", references="
        + otherReferences
        + ", measures="
        + otherMeasures
        + ", senses="
        + otherSenses
        + ", withinPrecision="
        + withinPrecision
        + "]";
  }
}

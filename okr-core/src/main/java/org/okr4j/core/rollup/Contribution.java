package org.okr4j.core.rollup;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.Rational;

/**
 * What one key result or child objective contributed to an objective's rollup: its weight, its
 * clamped progress (or why it has none), and whether it was included.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Contribution {
  /** Whether the contribution is a key result or a child objective. */
  public enum Kind {
    /** A key result. */
    KEY_RESULT,
    /** A child objective. */
    OBJECTIVE
  }

  private final Kind kind;
  private final String id;
  private final BigDecimal weight;
  private final Outcome<Rational> progress;

  private Contribution(Kind kind, String id, BigDecimal weight, Outcome<Rational> progress) {
    this.kind = kind;
    this.id = id;
    this.weight = weight;
    this.progress = progress;
  }

  /**
   * A contribution.
   *
   * @param kind key result or objective
   * @param id its id
   * @param weight its weight
   * @param progress its clamped progress, in {@code [0, 1]}, or why it has none
   * @return the contribution
   */
  public static Contribution of(
      Kind kind, String id, BigDecimal weight, Outcome<Rational> progress) {
    Checks.notNull(progress, "progress");
    if (progress.isDefined()) {
      Rational p = progress.value();
      if (p.signum() < 0 || p.compareTo(Rational.ONE) > 0) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "contribution progress (%s) must be within [0, 1]", p));
      }
    }
    return new Contribution(
        Checks.notNull(kind, "kind"),
        Checks.notNull(id, "id"),
        Checks.nonNegative(weight, "weight"),
        progress);
  }

  /**
   * Key result or objective.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The id of the key result or objective.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Its weight.
   *
   * @return the weight
   */
  public BigDecimal weight() {
    return weight;
  }

  /**
   * Its clamped progress, or why it has none.
   *
   * @return the progress
   */
  public Outcome<Rational> progress() {
    return progress;
  }

  /**
   * Whether it counted: a defined progress and a positive weight.
   *
   * @return true when included in the mean
   */
  public boolean isIncluded() {
    return progress.isDefined() && weight.signum() > 0;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Contribution other
        && kind == other.kind
        && id.equals(other.id)
        && weight.compareTo(other.weight) == 0
        && progress.equals(other.progress);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, id, weight.stripTrailingZeros(), progress);
  }

  /**
   * {@code "mtp-tool-maintainers ×1: Defined[39/94]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return id + " ×" + weight.toPlainString() + ": " + progress;
  }
}

package org.okr4j.core.rollup;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.Rational;

/**
 * An objective's rolled-up progress and what each key result and child objective contributed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ObjectiveProgress {
  private final Rational progress;
  private final List<Contribution> contributions;

  private ObjectiveProgress(Rational progress, List<Contribution> contributions) {
    this.progress = progress;
    this.contributions = contributions;
  }

  /**
   * A rolled-up progress.
   *
   * @param progress the weighted mean, in {@code [0, 1]}
   * @param contributions every key result and child objective considered
   * @return the result
   * @throws IllegalArgumentException if {@code progress} is outside {@code [0, 1]}
   */
  public static ObjectiveProgress of(Rational progress, List<Contribution> contributions) {
    Checks.notNull(progress, "progress");
    Checks.argument(
        progress.signum() >= 0 && progress.compareTo(Rational.ONE) <= 0,
        "progress (%s) must be within [0, 1]",
        progress);
    return new ObjectiveProgress(
        progress, List.copyOf(Checks.noNullElements(contributions, "contributions")));
  }

  /**
   * The weighted mean of the included contributions' clamped progress.
   *
   * @return the progress, in {@code [0, 1]}
   */
  public Rational progress() {
    return progress;
  }

  /**
   * Every key result and child objective considered, included or not, in objective order.
   *
   * @return the contributions
   */
  public List<Contribution> contributions() {
    return contributions;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ObjectiveProgress other
        && progress.equals(other.progress)
        && contributions.equals(other.contributions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(progress, contributions);
  }

  /**
   * {@code "ObjectiveProgress[7/12, [...]]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ObjectiveProgress[" + progress + ", " + contributions + "]";
  }
}

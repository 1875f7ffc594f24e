package org.okr4j.core.model;

import org.immutables.value.Value;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.Quantity;

/**
 * Commit, target and stretch values, each more ambitious than the one before. Progress runs from
 * the baseline to {@link #target()}; the zone reached is reported beside it.
 *
 * <p>The three values are strictly monotone: increasing for a higher-is-better metric, decreasing
 * for a lower-is-better one (checked against the metric by {@link KeyResult}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ZonedTarget extends Target {
  ZonedTarget() {}

  /**
   * The target.
   *
   * @param commit the committed value
   * @param target the value aimed for
   * @param stretch the ambitious value
   * @return the target
   */
  public static ZonedTarget of(Quantity commit, Quantity target, Quantity stretch) {
    return ImmutableZonedTarget.builder().commit(commit).target(target).stretch(stretch).build();
  }

  /**
   * The committed value: reaching it is the minimum expected.
   *
   * @return the commit value
   */
  public abstract Quantity commit();

  /**
   * The value aimed for.
   *
   * @return the target value
   */
  public abstract Quantity target();

  /**
   * The ambitious value.
   *
   * @return the stretch value
   */
  public abstract Quantity stretch();

  /**
   * The direction in which the zones grow.
   *
   * @return {@code HIGHER_IS_BETTER} when commit &lt; target &lt; stretch
   */
  public Direction direction() {
    return commit().compareTo(target()) < 0
        ? Direction.HIGHER_IS_BETTER
        : Direction.LOWER_IS_BETTER;
  }

  @Value.Check
  void check() {
    commit().requireSameUnit(target());
    commit().requireSameUnit(stretch());
    int a = commit().compareTo(target());
    int b = target().compareTo(stretch());
    Checks.argument(
        a != 0 && a == b,
        "zones must be strictly monotone: commit (%s), target (%s), stretch (%s)",
        commit(),
        target(),
        stretch());
  }

  @Override
  public final Kind kind() {
    return Kind.ZONED;
  }

  @Override
  public final <R> R accept(TargetVisitor<R> visitor) {
    return visitor.visitZoned(this);
  }

  @Override
  public ZonedTarget printedAs(String text) {
    return ImmutableZonedTarget.builder().from(this).printed(text).build();
  }
}

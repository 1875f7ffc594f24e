package org.okr4j.core.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.DecimalLimits;
import org.okr4j.core.quantity.Unit;

/**
 * What a key result measures: a name, a {@link Unit}, the {@link Direction} that is better, and the
 * bounds of its values where they exist (a percentage lies in 0..100, a score in 0..5).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Metric {
  Metric() {}

  /**
   * A metric without bounds.
   *
   * @param name what is measured ("code review time")
   * @param unit the unit of its values
   * @param direction which way is better
   * @return the metric
   */
  public static Metric of(String name, Unit unit, Direction direction) {
    return builder().name(name).unit(unit).direction(direction).build();
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
   * What is measured.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The unit of every value of the metric.
   *
   * @return the unit
   */
  public abstract Unit unit();

  /**
   * Which way is better.
   *
   * @return the direction
   */
  public abstract Direction direction();

  /**
   * The smallest possible value, if bounded below.
   *
   * @return the lower bound
   */
  public abstract Optional<BigDecimal> lowerBound();

  /**
   * The largest possible value, if bounded above.
   *
   * @return the upper bound
   */
  public abstract Optional<BigDecimal> upperBound();

  @Value.Check
  void check() {
    Checks.notBlank(name(), "metric name");
    lowerBound().ifPresent(b -> DecimalLimits.check(b, "metric lower bound"));
    upperBound().ifPresent(b -> DecimalLimits.check(b, "metric upper bound"));
    if (lowerBound().isPresent() && upperBound().isPresent()) {
      Checks.argument(
          lowerBound().get().compareTo(upperBound().get()) < 0,
          "metric lower bound (%s) must be < upper bound (%s)",
          lowerBound().get().toPlainString(),
          upperBound().get().toPlainString());
    }
  }

  /** Builds a {@link Metric}; {@code name}, {@code unit} and {@code direction} are required. */
  public static final class Builder extends ImmutableMetric.Builder {
    Builder() {}
  }
}
